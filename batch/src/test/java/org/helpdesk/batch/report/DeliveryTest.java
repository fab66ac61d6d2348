package org.helpdesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    @Test
    void theKeyNamesCustomerMonthVersionAndRecipientAndGivesAStableMessageId() {
        String key = DeliveryKey.of("ACME", YearMonth.of(2026, 3), 2, " Boss@Acme.example ");
        assertEquals("ACME/2026-03/v2/boss@acme.example", key);
        assertEquals(DeliveryKey.messageId(key), DeliveryKey.messageId("ACME/2026-03/v2/boss@acme.example"));
        assertNotEquals(DeliveryKey.messageId(key), DeliveryKey.messageId("ACME/2026-03/v3/boss@acme.example"));
        assertTrue(DeliveryKey.messageId(key).matches("<[0-9a-f]{32}@helpdesk\\.monthly-report>"));
    }

    @Test
    void backoffStartsAtFiveMinutesAndDoublesUpToADay() {
        assertEquals(Duration.ofMinutes(5), ReportDeliveries.backoff(1));
        assertEquals(Duration.ofMinutes(10), ReportDeliveries.backoff(2));
        assertEquals(Duration.ofMinutes(40), ReportDeliveries.backoff(4));
        assertEquals(Duration.ofDays(1), ReportDeliveries.backoff(12));
        assertEquals(Duration.ofDays(1), ReportDeliveries.backoff(500));
    }

    @Test
    void theMailIsInTheRecipientsLanguageWithThePdfAttachedAndTheKeysMessageId() throws Exception {
        byte[] pdf = "%PDF-1.4 test".getBytes();
        ReportMail mail = new ReportMail("boss@rossi.example", Locale.ITALIAN, YearMonth.of(2026, 3), 1,
                "<abc@helpdesk.monthly-report>", "ROSSI/2026-03/v1/boss@rossi.example", "ROSSI", "Rossi Srl", pdf);
        MimeMessage mime = mail.toMime(Session.getInstance(new Properties()), Instant.parse("2026-04-01T02:00:00Z"));
        assertEquals("[Helpdesk] Report delle chiamate marzo 2026 - Rossi Srl", mime.getSubject());
        assertEquals("<abc@helpdesk.monthly-report>", mime.getMessageID());
        assertEquals("ROSSI/2026-03/v1/boss@rossi.example", mime.getHeader("X-Helpdesk-Delivery-Key")[0]);
        MimeMultipart parts = (MimeMultipart) mime.getContent();
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("all'Help Desk"));
        assertEquals("monthly-report-ROSSI-2026-03-v1.pdf", parts.getBodyPart(1).getFileName());
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("application/pdf"));
        ReportMail english = new ReportMail("a@b.example", Locale.ENGLISH, YearMonth.of(2026, 3), 1, "<x@y>", "k",
                "ACME", "Acme Ltd", pdf);
        assertEquals("[Helpdesk] Monthly call report March 2026 - Acme Ltd", english.subject());
    }
}
