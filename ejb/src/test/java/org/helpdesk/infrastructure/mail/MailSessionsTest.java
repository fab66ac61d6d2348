package org.helpdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSessionsTest {

    private static Session server(String... keyValues) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return Session.getInstance(properties);
    }

    @Test
    void keepsTheServersSettingsAndAddsTimeoutsAndSocketsWithoutNaglesDelay() throws Exception {
        Session session = MailSessions.withTimeouts(server("mail.smtp.port", "2525"), Duration.ofSeconds(20));

        assertEquals("127.0.0.1", session.getProperty("mail.smtp.host"));
        assertEquals("2525", session.getProperty("mail.smtp.port"));
        assertEquals("5000", session.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", session.getProperty("mail.smtp.timeout"));
        assertEquals("20000", session.getProperty("mail.smtp.writetimeout"));
        assertSame(NoDelaySocketFactory.INSTANCE, session.getProperties().get("mail.smtp.socketFactory"));
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = NoDelaySocketFactory.INSTANCE.createSocket(InetAddress.getLoopbackAddress(),
                        listener.getLocalPort())) {
            assertTrue(socket.isConnected());
            assertTrue(socket.getTcpNoDelay(), "TCP_NODELAY");
        }
    }

    @Test
    void makesASessionOncePerServerSessionAndTimeout() {
        Session server = server("mail.smtp.port", "2525");
        Session session = MailSessions.withTimeouts(server, Duration.ofSeconds(20));

        assertSame(session, MailSessions.withTimeouts(server, Duration.ofSeconds(20)));
        assertNotSame(session, MailSessions.withTimeouts(server, Duration.ofSeconds(10)));
        assertEquals("10000", MailSessions.withTimeouts(server, Duration.ofSeconds(10)).getProperty("mail.smtp.timeout"));
        Session reconfigured = server("mail.smtp.port", "2626");
        assertEquals("2626", MailSessions.withTimeouts(reconfigured, Duration.ofSeconds(20))
                .getProperty("mail.smtp.port"));
    }

    @Test
    void leavesSmtpsAndAConfiguredSocketFactoryAlone() {
        assertNull(MailSessions.withTimeouts(server("mail.smtp.ssl.enable", "true"), Duration.ofSeconds(10))
                .getProperties().get("mail.smtp.socketFactory"));
        assertEquals("com.example.Factory", MailSessions.withTimeouts(
                server("mail.smtp.socketFactory.class", "com.example.Factory"), Duration.ofSeconds(10))
                .getProperty("mail.smtp.socketFactory.class"));
        assertNull(MailSessions.withTimeouts(server("mail.smtp.socketFactory.class", "com.example.Factory"),
                Duration.ofSeconds(10)).getProperties().get("mail.smtp.socketFactory"));
    }
}
