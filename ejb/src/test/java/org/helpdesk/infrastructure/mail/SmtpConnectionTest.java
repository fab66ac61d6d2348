package org.helpdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SmtpConnection} against a real SMTP server (GreenMail) on a port of its own. */
class SmtpConnectionTest {

    private int port;
    private GreenMail server;
    private Session session;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        startServer();
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.from", "helpdesk@example.com");
        session = MailSessions.withTimeouts(Session.getInstance(properties), Duration.ofSeconds(5));
    }

    private void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private MimeMessage mail(int n) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom();
        mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse("customer" + n + "@example.com"));
        mail.setSubject("Report " + n);
        mail.setText("Mail number " + n);
        mail.saveChanges();
        return mail;
    }

    private List<String> received() throws MessagingException {
        MimeMessage[] messages = server.getReceivedMessages();
        String[] subjects = new String[messages.length];
        for (int i = 0; i < messages.length; i++) {
            subjects[i] = messages[i].getSubject();
        }
        return Arrays.asList(subjects);
    }

    @Test
    void sendsASeriesOfMailsOnOneConnectionPerTwenty() throws MessagingException {
        try (SmtpConnection smtp = new SmtpConnection(session)) {
            for (int n = 1; n <= 45; n++) {
                smtp.send(mail(n));
            }
            assertEquals(3, smtp.connections(), "45 mails, at most 20 per connection");
        }
        assertEquals(45, received().size());
        assertEquals("Report 1", received().get(0));
        assertEquals("customer45@example.com", server.getReceivedMessages()[44].getAllRecipients()[0].toString());
    }

    @Test
    void connectsAgainWhenTheServerClosedTheConnectionBetweenMails() throws MessagingException {
        try (SmtpConnection smtp = new SmtpConnection(session)) {
            smtp.send(mail(1));
            server.stop();
            startServer();

            smtp.send(mail(2));

            assertEquals(2, smtp.connections());
        }
        assertEquals(List.of("Report 2"), received(), "the restarted server received the second mail");
    }

    @Test
    void aServerThatIsDownFailsTheMailAndTheNextMailConnectsAgain() throws MessagingException {
        try (SmtpConnection smtp = new SmtpConnection(session)) {
            smtp.send(mail(1));
            server.stop();

            assertThrows(MessagingException.class, () -> smtp.send(mail(2)));

            startServer();
            smtp.send(mail(3));
            assertEquals(2, smtp.connections());
        }
        assertEquals(List.of("Report 3"), received());
    }
}
