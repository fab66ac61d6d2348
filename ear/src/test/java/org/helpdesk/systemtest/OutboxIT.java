package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mail while the SMTP server is down: nothing is lost, nothing is sent twice.
 *
 * <p>On a server of the test's own ({@link OwnServer}: the suite's port offset plus 60, its own SMTP port and its own
 * database), not the suite's: "down" is this server's SMTP port, where nothing listens until the test starts its
 * GreenMail, whatever listens on the suite's SMTP port; and its outbox holds this test's mails only, which no other
 * server's retries can send.</p>
 */
class OutboxIT {

    private static final int PORT_SHIFT = 60;
    private static final String OWNER = "owner@smtpdown.example";

    @Test
    void aMailQueuedWhileSmtpIsDownIsSentExactlyOnceWhenItIsBack() throws Exception {
        int smtpPort = TestPorts.SMTP_PORT + PORT_SHIFT;
        assertTrue(nothingListensOn(smtpPort),
                "port " + smtpPort + " must be free: it plays the SMTP server that is down");
        try (OwnServer server = OwnServer.start("outbox", PORT_SHIFT, smtpPort, OwnServer.Database.OWN)) {
            Api.Endpoint api = server.api();
            long contact = Scenario.customerWithContact(api, "SMTPDOWN", "en", OWNER);
            JsonObject t = Scenario.open(api, "SMTPDOWN", contact, "HARDWARE", "SECONDARY", "Cable replaced");
            t = Scenario.service(api, t, "take-charge", body());
            t = Scenario.service(api, t, "resolution", body());
            t = Scenario.service(api, t, "verification", body().add("works", true));
            String number = t.getString("number");

            // No SMTP server is listening: the closure still succeeds, the mail waits in the outbox.
            t = Scenario.service(api, t, "closure", body().add("agreedWith", "The owner").add("how", "EMAIL")
                    .add("minutesSpent", 15));
            assertEquals("CLOSED", t.getString("state"));
            await("the first attempt to fail").atMost(Duration.ofSeconds(30))
                    .until(() -> outbox(api, number).getInt("attempts") >= 1);
            JsonObject waiting = outbox(api, number);
            assertEquals("PENDING", waiting.getString("status"));
            assertTrue(waiting.getString("lastError").length() > 0, "the reason is recorded: " + waiting);

            GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertEquals(202, api.post("outbox/retry", "{}", "admin", "demo").statusCode());
                await("the outbox to record the delivery").atMost(Duration.ofSeconds(30))
                        .until(() -> outbox(api, number).getString("status").equals("SENT"));
                assertEquals(List.of("SENT"), server.database().firstColumn(
                        "SELECT status FROM outbox_message WHERE ticket_number = ?", number));

                // A second retry finds nothing left to send for this ticket: still exactly one mail to its contact.
                // The database is this server's own: every mail waiting in it is this test's.
                assertEquals(202, api.post("outbox/retry", "{}", "admin", "demo").statusCode());
                await("every waiting mail to be sent").atMost(Duration.ofSeconds(30))
                        .until(() -> pendingMessages(server) == 0);
                List<MimeMessage> toOwner = Arrays.stream(smtp.getReceivedMessages()).filter(OutboxIT::toOwner)
                        .toList();
                assertEquals(1, toOwner.size());
                assertEquals("[Helpdesk] " + number + " is closed", toOwner.get(0).getSubject());
            } finally {
                smtp.stop();
            }
        }
    }

    private static boolean nothingListensOn(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean toOwner(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(OWNER));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pendingMessages(OwnServer server) throws SQLException {
        return Long.parseLong(server.database().firstColumn(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'").get(0));
    }

    /** The ticket's one outbox message, as the administrators' outbox endpoint shows it. */
    private static JsonObject outbox(Api.Endpoint api, String number) {
        HttpResponse<String> response = api.get("outbox?ticket=" + number, "admin", "demo");
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> messages = Api.jsonArray(response).getValuesAs(JsonObject.class);
        assertEquals(1, messages.size(), response.body());
        return messages.get(0);
    }
}
