package org.helpdesk.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SMTP connection for a series of mails, for a sender that mails many in a row: connecting, greeting and
 * quitting once per {@value #MAILS_PER_CONNECTION} mails instead of once per mail. It connects when the first mail
 * is sent, again after any failure (a failed connection is dropped, never reused) and after
 * {@value #MAILS_PER_CONNECTION} mails (some servers refuse more per connection). A connection kept between mails
 * is checked ({@code NOOP}) before it is used, so a server that closed it meanwhile costs a new connection, not a
 * failed mail. Not thread-safe: one per sender.
 */
public final class SmtpConnection implements AutoCloseable {

    static final int MAILS_PER_CONNECTION = 20;

    private static final Logger LOG = Logger.getLogger(SmtpConnection.class.getName());

    private final Session session;
    private Transport transport;
    private int sent;
    private int connections;

    /** @param session the session to connect with, e.g. {@link MailSessions#withTimeouts} */
    public SmtpConnection(Session session) {
        this.session = session;
    }

    /**
     * Sends a mail whose headers are ready ({@link MimeMessage#saveChanges()} done) to its recipients.
     *
     * @throws MessagingException as {@link Transport#send}: the server could not be reached, or refused the mail
     */
    public void send(MimeMessage mail) throws MessagingException {
        try {
            open().sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
        if (++sent >= MAILS_PER_CONNECTION) {
            close();
        }
    }

    /** @return how many times this connected to the server */
    public int connections() {
        return connections;
    }

    private Transport open() throws MessagingException {
        if (transport != null && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            Transport connecting = session.getTransport();
            connecting.connect();
            transport = connecting;
            sent = 0;
            connections++;
        }
        return transport;
    }

    /** Quits the connection, if there is one; a failure to quit only loses the connection. */
    @Override
    public void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "SMTP connection not closed cleanly", e);
        } finally {
            transport = null;
        }
    }
}
