package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Exactly once across a crash: a server killed after it recorded mails and before it moved them out of the inbox
 * reads them again after its restart and recognises every one; and while another server holds a mailbox's lease,
 * this one reads nothing of it.
 *
 * <p>On a server of the test's own ({@link OwnServer}: the suite's port offset plus 70, its own database and its own
 * mail server), so that killing it disturbs no other test.</p>
 */
class MailCrashIT {

    private static final int PORT_SHIFT = 70;
    private static final int MAILS = 150;
    private static final String SENDER = "crash@mailcrash.example";
    /** This test's mails (the demo data has mails of its own). */
    private static final String OURS = "SELECT COUNT(*) FROM inbound_mail WHERE message_id LIKE 'crash-%'";

    @Test
    void aServerKilledBetweenRecordingAndMovingRecordsEveryMailExactlyOnceAfterItsRestart() throws Exception {
        int smtpPort = TestPorts.SMTP_PORT + PORT_SHIFT;
        int imapPort = Integer.getInteger("helpdesk.test.imap.port", 3143) + PORT_SHIFT;
        try (Mailboxes mail = Mailboxes.on(smtpPort, imapPort);
                OwnServer server = OwnServer.start("mailcrash", PORT_SHIFT, smtpPort, OwnServer.Database.OWN,
                        "-Dhelpdesk.mail.in.mailboxes=support", "-Dhelpdesk.mail.in.support.port=" + imapPort,
                        "-Dhelpdesk.mail.in.rate-limit=100000")) {
            TestDatabase database = server.database();
            Scenario.customerWithContact(server.api(), "MAILCRASH", "en", SENDER);
            await("the server to hold the mailbox's lease").atMost(Duration.ofSeconds(60))
                    .until(() -> !database.firstColumn("SELECT holder FROM mailbox_lease WHERE mailbox = 'support'")
                            .isEmpty());

            // Another server takes the lease: this one must read nothing while it is not the holder.
            setLease(database, "another-server", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
            for (int i = 0; i < MAILS; i++) {
                mail.send("From: " + SENDER + "\nTo: " + Mailboxes.HELPDESK + "\nSubject: Request " + i
                        + "\nMessage-ID: <crash-" + i + "@mailcrash.example>\n\nRequest number " + i + ".\n",
                        Mailboxes.HELPDESK);
            }
            assertEquals(MAILS, mail.count(Mailboxes.HELPDESK, "INBOX"));
            assertEquals(0, count(database, OURS), "nothing read while another server held the lease");

            // The lease expires: this server takes it over, and is killed once it recorded a few mails.
            setLease(database, "another-server", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
            await("a few mails recorded").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10))
                    .until(() -> count(database, OURS) >= 5);
            server.kill();
            int recorded = count(database, OURS);
            int moved = mail.count(Mailboxes.HELPDESK, "Processed");
            assertTrue(recorded < MAILS && moved < recorded, "killed between recording and moving: " + recorded
                    + " recorded, " + moved + " moved out of the inbox");

            server.restart();
            await("every mail recorded").atMost(Duration.ofSeconds(120))
                    .until(() -> count(database, OURS) >= MAILS
                            && mail.count(Mailboxes.HELPDESK, "INBOX") == 0);
            assertEquals(MAILS, count(database, "SELECT COUNT(DISTINCT message_id) FROM inbound_mail WHERE message_id LIKE 'crash-%'"));
            assertEquals(MAILS, count(database, OURS));
            assertEquals(MAILS, count(database, "SELECT COUNT(*) FROM service_ticket t JOIN customer c ON c.id = t.customer_id"
                    + " WHERE c.code = 'MAILCRASH' AND t.opened_by = 'mail'"),
                    "one ticket per mail: none lost, none twice");
            assertEquals(MAILS, count(database, "SELECT COUNT(DISTINCT service_ticket_id) FROM inbound_mail"
                    + " WHERE message_id LIKE 'crash-%'"));
            assertEquals(MAILS, mail.count(Mailboxes.HELPDESK, "Processed"));
            await("an acknowledgement for every ticket").atMost(Duration.ofSeconds(90)).until(() -> mail.received(SENDER)
                    .stream().map(MailCrashIT::subject).distinct().count() == MAILS);
            // The outbox sends one mail at a time and records it after the SMTP server took it: a kill in between
            // can repeat that one mail, never more.
            assertTrue(mail.received(SENDER).size() <= MAILS + 1, mail.received(SENDER).size() + " acknowledgements");
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(TestDatabase database, String sql) throws Exception {
        return Integer.parseInt(database.firstColumn(sql).get(0));
    }

    private static void setLease(TestDatabase database, String holder, OffsetDateTime expires) throws Exception {
        try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(
                "UPDATE mailbox_lease SET holder = ?, expires_at = ? WHERE mailbox = 'support'")) {
            statement.setString(1, holder);
            statement.setObject(2, expires);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
