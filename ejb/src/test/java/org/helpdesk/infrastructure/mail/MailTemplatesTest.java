package org.helpdesk.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.helpdesk.reports.Branding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mails' texts and the help desk's signature under them. */
class MailTemplatesTest {

    private static final Object[] CLOSED = {"HD-2026-000001", "Printer", "2 March 2026", "Giulia", "Giulia",
        "http://localhost/s/abc", "16 March 2026"};

    @AfterEach
    void forgetTheBranding() {
        System.clearProperty(Branding.NAME);
        System.clearProperty(Branding.ADDRESS);
    }

    @Test
    void withoutABrandTheMailEndsWithTheTemplatesOwnSignOff() {
        MailTemplates.Rendered mail = MailTemplates.render("service.closed", Locale.ENGLISH, CLOSED);

        assertTrue(mail.body().endsWith("Kind regards,\nThe Help Desk\n"), mail.body());
        assertFalse(mail.body().contains("-- \n"), mail.body());
    }

    @Test
    void theHelpDesksNameAndAddressSignEveryMailInBothLanguages() {
        System.setProperty(Branding.NAME, "Software Sartoria S.p.A.");
        System.setProperty(Branding.ADDRESS, "Via Roma 1, 20121 Milano");

        MailTemplates.Rendered english = MailTemplates.render("service.closed", Locale.ENGLISH, CLOSED);
        MailTemplates.Rendered italian = MailTemplates.render("service.closed", Locale.ITALIAN, CLOSED);

        assertTrue(english.body().endsWith("The Help Desk\n-- \nSoftware Sartoria S.p.A.\nVia Roma 1, 20121 Milano\n"),
                english.body());
        assertTrue(italian.body().endsWith("\n-- \nSoftware Sartoria S.p.A.\nVia Roma 1, 20121 Milano\n"),
                italian.body());
        assertEquals("[Helpdesk] HD-2026-000001 is closed", english.subject());
    }
}
