package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The auditor's and the administrator's homes show the work that waits for them. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleHomesIT {

    private static final ZoneId HELP_DESK = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_IT = DateTimeFormatter.ofPattern("LLLL uuuu", Locale.ITALIAN);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    /** The auditor reads which months are closed and whether last month is, and is not offered to close it. */
    @Test
    void theAuditorSeesTheStateOfMonthClose() throws Exception {
        Scenario.ok(Api.post("month-closes", body().add("month", "2019-03").build().toString(), "admin",
                Scenario.PASSWORD), 201);
        YearMonth last = YearMonth.now(HELP_DESK).minusMonths(1);
        boolean lastClosed = !TestDatabase.column("SELECT closed_month FROM month_close WHERE closed_month = ?", last.toString())
                .isEmpty();
        try (Browser browser = Browser.open()) {
            browser.signIn("auditor");
            assertTrue(browser.text("month-close-list").contains("March 2019"), browser.text("month-close-list"));
            String previous = browser.text("month-close-previous");
            assertTrue(previous.startsWith(MONTH.format(last) + (lastClosed ? " is closed" : " has ended and is still open")),
                    previous);
            if (!lastClosed) {
                assertEquals("An administrator closes it, from their home.", browser.text("month-close-who"));
            }
            assertTrue(browser.driver.findElements(By.id("monthClose:ask")).isEmpty(), "no close button for an auditor");
            browser.screenshot("home-auditor");
        }
    }

    /**
     * While last month is open the administrator's home offers to close it, and says first what closing means; Cancel
     * leaves it open (closing is for good, so this test, sharing the server, does not).
     */
    @Test
    void theAdministratorIsToldWhatClosingLastMonthMeansBeforeClosingIt() throws Exception {
        YearMonth last = YearMonth.now(HELP_DESK).minusMonths(1);
        Assumptions.assumeTrue(TestDatabase.column("SELECT closed_month FROM month_close WHERE closed_month = ?",
                last.toString()).isEmpty(), "last month is open");
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            assertEquals("Close " + MONTH.format(last) + "…", browser.text("monthClose:ask"));
            browser.click("monthClose:ask");
            assertTrue(browser.text("month-close-final").startsWith("Closing " + MONTH.format(last) + " is final"),
                    browser.text("month-close-final"));
            AccessibilityIT.assertNoSeriousViolation(browser, "admin home, closing last month");
            browser.click("monthClose:cancel");
            browser.element("monthClose:ask");
        }
        assertEquals(List.of(), TestDatabase.column("SELECT closed_month FROM month_close WHERE closed_month = ?",
                last.toString()));
    }

    /** Last month's statement is one click from the auditor's home: the statements screen opens on that month. */
    @Test
    void theAuditorOpensLastMonthsStatementFromTheHome() {
        YearMonth last = YearMonth.now(HELP_DESK).minusMonths(1);
        try (Browser browser = Browser.open()) {
            browser.signIn("auditor");
            assertEquals("Last month's statement (" + MONTH.format(last) + ")", browser.text("statement-last-month"));
            browser.click("statement-last-month");
            assertEquals(last.atDay(1).toString(), browser.element("statement:from_input").getAttribute("value"));
            assertEquals(last.atEndOfMonth().toString(), browser.element("statement:to_input").getAttribute("value"));
        }
    }

    /**
     * An administrator who works in Italian reads the home's cards and the Servers page in Italian, the month named
     * as Italians write it, and the work this server holds in words rather than codes.
     */
    @Test
    void theAdministratorReadsTheHomeAndTheServersPageInItalian() {
        YearMonth last = YearMonth.now(HELP_DESK).minusMonths(1);
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            try {
                browser.click("account:lang-it");
                browser.waitForText("outbox-h", "E-mail non inviate");
                assertEquals("Chiusura del mese", browser.text("month-close-h"));
                String previous = browser.text("month-close-previous");
                assertTrue(previous.startsWith("Il mese di " + MONTH_IT.format(last) + " è "), previous);
                assertTrue(browser.text("outbox-summary").contains("in attesa di un nuovo tentativo"),
                        browser.text("outbox-summary"));
                browser.screenshot("home-admin-it");

                browser.go("app/admin/cluster.xhtml");
                assertEquals("Server attivi (1)", browser.text("nodes-h"));
                String work = browser.text("leases");
                assertTrue(work.contains("Invio delle e-mail in coda"), work);
                assertTrue(work.contains("Svolto da"), work);
                AccessibilityIT.assertNoSeriousViolation(browser, "servers page in Italian");
                browser.screenshot("servers-it");
                browser.resize(390, 844);
                browser.go("app/admin/cluster.xhtml");
                browser.screenshot("servers-it-phone");
            } finally {
                // Back to the administrator's own language, read on the page: the other tests expect it.
                browser.click("account:lang-en");
                browser.element("account:lang-it");
            }
        }
    }

    /**
     * A mail the mail server did not take is counted and listed on the administrator's home, with the error, and Try
     * them again now sends it as soon as the server is back.
     */
    @Test
    void theAdministratorSeesTheMailsNotSentAndTriesThemAgain() throws Exception {
        String recipient = "not-sent@homeoutbox.example";
        long contact = Scenario.customerWithContact("HOMEOUTBOX", "en", recipient);
        JsonObject ticket = Scenario.service(Scenario.open("HOMEOUTBOX", contact, "HARDWARE", "LOW",
                "Scanner offline"), "take-charge", body());
        String number = ticket.getString("number");
        // No mail server is listening yet: the first attempt fails and the mail waits for the next one.
        Scenario.ok(Api.post("service-tickets/" + number + "/comments", body().add("visibility", "CUSTOMER")
                .add("text", "We are on it").build().toString(), "operator", Scenario.PASSWORD), 201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !TestDatabase.column(
                "SELECT id FROM outbox_message WHERE recipient = ? AND status = 'PENDING' AND attempts > 0",
                recipient).isEmpty());
        try (Browser browser = Browser.open(); Mailboxes mail = startedAfterTheHomeIsShown(browser)) {
            browser.click("outboxRetry:retry");
            browser.waitFor(By.cssSelector("#messages .page-message-info"));
            assertTrue(browser.text("messages").contains("will be tried again within a minute"),
                    browser.text("messages"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.column(
                    "SELECT status FROM outbox_message WHERE recipient = ?", recipient).equals(List.of("SENT")));
        }
    }

    /** Signs the administrator in, checks what the home says of the mail not sent, then starts the mail server. */
    private static Mailboxes startedAfterTheHomeIsShown(Browser browser) {
        browser.signIn("admin");
        assertTrue(Integer.parseInt(browser.text("outbox-count")) >= 1, browser.text("outbox-count"));
        String unsent = browser.text("outbox-unsent");
        assertTrue(unsent.contains("Will be tried again") && unsent.contains("not-sent@homeoutbox.example")
                && unsent.contains("connect"), unsent);
        browser.screenshot("home-admin");
        return Mailboxes.forTheSuite();
    }
}
