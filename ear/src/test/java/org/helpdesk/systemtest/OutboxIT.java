package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mail while the SMTP server is down: nothing is lost, nothing is sent twice. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aMailQueuedWhileSmtpIsDownIsSentExactlyOnceWhenItIsBack() throws Exception {
        long contact = Scenario.customerWithContact("SMTPDOWN", "en", "owner@smtpdown.example");
        JsonObject t = Scenario.open("SMTPDOWN", contact, "HARDWARE", "SECONDARY", "Cable replaced");
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));
        String number = t.getString("number");

        // No SMTP server is listening: the closure still succeeds, the mail waits in the outbox.
        t = Scenario.service(t, "closure", body().add("agreedWith", "The owner").add("how", "EMAIL")
                .add("minutesSpent", 15));
        assertEquals("CLOSED", t.getString("state"));
        await("the first attempt to fail").atMost(Duration.ofSeconds(30))
                .until(() -> outbox(number).getInt("attempts") >= 1);
        JsonObject waiting = outbox(number);
        assertEquals("PENDING", waiting.getString("status"));
        assertTrue(waiting.getString("lastError").length() > 0, "the reason is recorded: " + waiting);

        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            assertEquals(202, Api.post("outbox/retry", "{}", "admin", "demo").statusCode());
            await("the outbox to record the delivery").atMost(Duration.ofSeconds(30))
                    .until(() -> outbox(number).getString("status").equals("SENT"));
            assertEquals(List.of("SENT"), TestDatabase.column(
                    "SELECT status FROM outbox_message WHERE ticket_number = ?", number));

            // A second retry finds nothing left to send for this ticket: still exactly one mail to its contact.
            assertEquals(202, Api.post("outbox/retry", "{}", "admin", "demo").statusCode());
            await("every other waiting mail to be sent").atMost(Duration.ofSeconds(30))
                    .until(() -> pendingMessages() == 0);
            List<MimeMessage> toOwner = Arrays.stream(smtp.getReceivedMessages()).filter(OutboxIT::toOwner).toList();
            assertEquals(1, toOwner.size());
            assertEquals("[Helpdesk] " + number + " is closed", toOwner.get(0).getSubject());
        } finally {
            smtp.stop();
        }
    }

    private static boolean toOwner(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals("owner@smtpdown.example"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pendingMessages() throws SQLException {
        return Long.parseLong(TestDatabase.column("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'").get(0));
    }

    /** The ticket's one outbox message, as the administrators' outbox endpoint shows it. */
    private static JsonObject outbox(String number) {
        HttpResponse<String> response = Api.get("outbox?ticket=" + number, "admin", "demo");
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            List<JsonObject> messages = reader.readArray().getValuesAs(JsonObject.class);
            assertEquals(1, messages.size(), response.body());
            return messages.get(0);
        }
    }
}
