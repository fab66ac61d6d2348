package org.helpdesk.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailInSettingsTest {

    private static MailInSettings read(Map<String, String> values) {
        return MailInSettings.read(values::get);
    }

    @Test
    void noMailboxesReadsNoMailAndTheDefaultsApply() {
        MailInSettings settings = read(Map.of());
        assertEquals(0, settings.mailboxes().size());
        assertEquals(20L * 1024 * 1024, settings.maxBytes());
        assertEquals(Duration.ofDays(14), settings.reopenWindow());
        assertTrue(settings.acknowledge());
        assertEquals(5, settings.rateLimit());
    }

    @Test
    void aMailboxTakesItsServerAndDefaultsToImapsOnItsUsersAddress() {
        MailInSettings settings = read(Map.of("helpdesk.mail.in.mailboxes", "Support, sales",
                "helpdesk.mail.in.support.host", "imap.example.com", "helpdesk.mail.in.support.user",
                "Help@Example.com", "helpdesk.mail.in.support.password", "s3cret",
                "helpdesk.mail.in.sales.host", "imap.example.com", "helpdesk.mail.in.sales.user", "sales",
                "helpdesk.mail.in.sales.security", "starttls", "helpdesk.mail.in.sales.address", "sales@example.com",
                "helpdesk.mail.in.sales.idle", "false"));
        MailInSettings.Mailbox support = settings.mailbox("support").orElseThrow();
        assertEquals(993, support.port());
        assertEquals(MailInSettings.Security.SSL, support.security());
        assertEquals("help@example.com", support.address());
        assertEquals("INBOX", support.folder());
        assertEquals("Processed", support.processedFolder());
        assertTrue(support.idle());
        assertFalse(support.toString().contains("s3cret"), "a mailbox never shows its password: " + support);
        MailInSettings.Mailbox sales = settings.mailbox("sales").orElseThrow();
        assertEquals(143, sales.port());
        assertFalse(sales.idle());
        assertEquals(Set.of("help@example.com", "sales@example.com", "sales"), settings.ownAddresses());
    }

    @Test
    void aSettingThatIsNotValidIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(Map.of(
                "helpdesk.mail.in.mailboxes", "support", "helpdesk.mail.in.support.host", "h",
                "helpdesk.mail.in.support.user", "u", "helpdesk.mail.in.support.port", "ninety")));
        assertEquals("helpdesk.mail.in.support.port: 'ninety' is not a number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(Map.of("helpdesk.mail.in.mailboxes", "support")));
        assertEquals("helpdesk.mail.in.support.host is required", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> read(Map.of("helpdesk.mail.in.mailboxes", "a b")));
        assertTrue(e.getMessage().contains("is not a mailbox code"), e.getMessage());
    }
}
