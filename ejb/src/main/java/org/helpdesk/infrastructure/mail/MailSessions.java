package org.helpdesk.infrastructure.mail;

import jakarta.mail.Session;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/** Mail sessions that never wait forever on an SMTP server that does not answer, and send without Nagle's delay. */
public final class MailSessions {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The sessions made so far, per server session (by identity: a reconfigured mail resource is a new session) and
     * read timeout: making a session reads the mail providers' files from the class path again.
     */
    private static final Map<Session, Map<Duration, Session>> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private MailSessions() {
    }

    /**
     * @param server the server's mail session (host, port, sender)
     * @param readTimeout how long one SMTP read or write may take: longer for mails with large attachments
     * @return a session with the same settings plus the connect, read and write timeouts, on plain sockets
     *         with {@code TCP_NODELAY} ({@link NoDelaySocketFactory}; STARTTLS is layered on them; an SMTPS or a
     *         configured socket factory is left as it is); the same session for the same arguments
     */
    public static Session withTimeouts(Session server, Duration readTimeout) {
        return MADE.computeIfAbsent(server, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(readTimeout, timeout -> make(server, timeout));
    }

    private static Session make(Session server, Duration readTimeout) {
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
