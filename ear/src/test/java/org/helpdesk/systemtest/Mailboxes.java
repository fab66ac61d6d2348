package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Properties;

/**
 * The help desk's mailboxes on a real mail server (GreenMail, SMTP and IMAP), as the system tests' server reads them
 * ({@code helpdesk.test.mail.in} in ear/pom.xml): {@code helpdesk@localhost} and {@code sales@localhost}. Mails go
 * in by SMTP, exactly as written (headers included), and what the server sent is read from the recipients'
 * mailboxes; the folders of a mailbox are read over IMAP, as a mail client would.
 */
final class Mailboxes implements AutoCloseable {

    static final String HELPDESK = "helpdesk@localhost";
    static final String SALES = "sales@localhost";
    static final String PASSWORD = "secret";

    private final GreenMail server;
    private final int imapPort;
    private final Session session;

    private Mailboxes(int smtpPort, int imapPort) {
        this.imapPort = imapPort;
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(HELPDESK, HELPDESK, PASSWORD);
        server.setUser(SALES, SALES, PASSWORD);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        session = Session.getInstance(properties);
    }

    /** On the suite's ports: SMTP {@code helpdesk.test.smtp.port}, IMAP {@code helpdesk.test.imap.port}. */
    static Mailboxes forTheSuite() {
        return new Mailboxes(TestPorts.SMTP_PORT, Integer.getInteger("helpdesk.test.imap.port", 3143));
    }

    static Mailboxes on(int smtpPort, int imapPort) {
        return new Mailboxes(smtpPort, imapPort);
    }

    /**
     * Sends a mail by SMTP as written: its own headers (Message-ID included) are kept.
     *
     * @param raw the mail, headers and body, lines separated by \n
     * @param recipients the envelope's recipients
     */
    void send(String raw, String... recipients) throws MessagingException {
        send(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), recipients);
    }

    void send(byte[] raw, String... recipients) throws MessagingException {
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        Address[] to = Arrays.stream(recipients).map(r -> {
            try {
                return new InternetAddress(r);
            } catch (MessagingException e) {
                throw new IllegalArgumentException(r, e);
            }
        }).toArray(Address[]::new);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            // sendMessage, not Transport.send: that would save the message and give it a new Message-ID.
            transport.sendMessage(message, to);
        }
    }

    /** @return the mails delivered to {@code address}'s inbox, oldest first */
    List<MimeMessage> received(String address) {
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        while (true) {
            try {
                return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                        .map(StoredMessage::getMimeMessage).toList();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            } catch (ConcurrentModificationException e) {
                // A mail was delivered while the inbox was copied (the mail server's list is the live one): again.
            }
        }
    }

    /** @return how many mails a folder of one of the help desk's mailboxes holds (0 for a folder not made yet) */
    int count(String mailbox, String folderName) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, mailbox, PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            return folder.exists() ? folder.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    /** @return the number of the ticket the mail with this Message-ID is on, once the server has recorded it there */
    static String ticketOf(String messageId) throws Exception {
        String sql = "SELECT t.number FROM inbound_mail m JOIN service_ticket t ON t.id = m.service_ticket_id"
                + " WHERE m.message_id = ?";
        await("the mail " + messageId + " on a ticket").atMost(Duration.ofSeconds(30))
                .until(() -> !TestDatabase.column(sql, messageId).isEmpty());
        return TestDatabase.column(sql, messageId).get(0);
    }

    @Override
    public void close() {
        server.stop();
    }
}
