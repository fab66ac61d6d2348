package org.helpdesk.infrastructure.mail;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Properties;

/** Mail sessions that never wait forever on an SMTP server that does not answer, and send without Nagle's delay. */
public final class MailSessions {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private MailSessions() {
    }

    /**
     * @param server the server's mail session (host, port, sender)
     * @param readTimeout how long one SMTP read or write may take: longer for mails with large attachments
     * @return a session with the same settings plus the connect, read and write timeouts, on plain sockets
     *         with {@code TCP_NODELAY} ({@link NoDelaySocketFactory}; STARTTLS is layered on them; an SMTPS or a
     *         configured socket factory is left as it is)
     */
    public static Session withTimeouts(Session server, Duration readTimeout) {
        Properties properties = new Properties();
        properties.putAll(server.getProperties());
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(readTimeout.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(readTimeout.toMillis()));
        if (!"true".equalsIgnoreCase(properties.getProperty("mail.smtp.ssl.enable"))
                && !properties.containsKey("mail.smtp.socketFactory")
                && !properties.containsKey("mail.smtp.socketFactory.class")) {
            properties.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        }
        return Session.getInstance(properties);
    }
}
