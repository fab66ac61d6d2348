package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The milestone clocks on the operator's screens: a ticket put to wait for the customer from its page and resumed,
 * a wait without a question refused, and the menu's badge of the tickets at risk leading to them.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClockScreensIT {

    private static Mailboxes mail;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void startTheMailServer() {
        mail = Mailboxes.forTheSuite();
    }

    @AfterAll
    static void stopTheMailServer() {
        mail.close();
    }

    @Test
    void theOperatorPutsATicketOnHoldForTheCustomerAndResumesTheClock() throws Exception {
        long contact = Scenario.customerWithContact("CLOCKSCR", "en", "marta@clockscr.example");
        JsonObject t = Scenario.service(Scenario.open("CLOCKSCR", contact, "SOFTWARE_NEW_REQUEST", "LOW",
                "Export to CSV"), "take-charge", body());
        String number = t.getString("number");
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + number);

            // Waiting for the customer is one of the other actions, in its dialog.
            browser.click("more:openWait");
            browser.type("wait:question", "Which columns do you need in the export?");
            browser.click("wait:doWait");

            browser.waitForText("messages",
                    "The question is sent to the customer; the resolution clock stands still until they answer.");
            assertTrue(browser.text("waiting-banner").startsWith("Waiting for the customer since "),
                    browser.text("waiting-banner"));
            assertTrue(browser.text("milestones").contains("Clock stopped"), browser.text("milestones"));
            assertTrue(browser.text("pauses").contains("Waiting for the customer"), browser.text("pauses"));
            assertTrue(browser.driver.findElements(By.id("wait")).isEmpty(), "no second wait offered");
            assertEquals(List.of("WAITING"), TestDatabase.column("SELECT new_value FROM audit_event"
                    + " WHERE ticket_number = ? AND field = 'waiting'", number));
            await("the question in the customer's mailbox").atMost(Duration.ofSeconds(60)).until(
                    () -> mailsTo("marta@clockscr.example", "Which columns do you need in the export?") == 1);
            browser.screenshot("ticket-waiting");

            browser.click("more:openResume");
            browser.type("resume:resumeNote", "The customer phoned back with the columns.");
            browser.click("resume:doResume");

            browser.waitForText("messages", "The resolution clock runs again.");
            assertTrue(browser.driver.findElements(By.id("waiting-banner")).isEmpty(), "no longer waiting");
            assertFalse(browser.text("milestones").contains("Clock stopped"), browser.text("milestones"));
            assertEquals(List.of("WAITING", "RESUMED"), TestDatabase.column("SELECT new_value FROM audit_event"
                    + " WHERE ticket_number = ? AND field = 'waiting' ORDER BY id", number));
            assertTrue(browser.element("more:openWait").isDisplayed(), "the ticket can wait again");
        }
    }

    @Test
    void aWaitWithoutAQuestionIsRefusedAndTheClockRuns() throws Exception {
        long contact = Scenario.customerWithContact("CLOCKSCQ", "it", "paolo@clockscq.example");
        JsonObject t = Scenario.service(Scenario.open("CLOCKSCQ", contact, "HARDWARE", "LOW", "Monitor flickers"),
                "take-charge", body());
        String number = t.getString("number");
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + number);

            browser.click("more:openWait");
            browser.click("wait:doWait");

            browser.waitFor(By.cssSelector("#messages .page-message"));
            assertTrue(browser.text("messages").contains("write the question for the customer"),
                    browser.text("messages"));
            assertTrue(browser.driver.findElements(By.id("waiting-banner")).isEmpty(), "not waiting");
            assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM audit_event"
                    + " WHERE ticket_number = ? AND field = 'waiting'", number), "nothing half-written");
            assertFalse(browser.text("milestones").contains("Clock stopped"), browser.text("milestones"));
        }
    }

    @Test
    void theMenuCountsTheOperatorsTicketsAtRiskAndListsThem() throws Exception {
        long contact = Scenario.customerWithContact("CLOCKRISK", "en", "ugo@clockrisk.example");
        JsonObject t = Scenario.service(Scenario.open("CLOCKRISK", contact, "SOFTWARE_BUG", "HIGH",
                "Invoices are not printed"), "take-charge", body());
        String number = t.getString("number");
        // High counts round the clock: opened 50 minutes ago and not answered, its first feedback (60 minutes) is
        // past its warning (48 minutes).
        Instant now = Instant.now();
        TestDatabase.update("UPDATE service_ticket SET opened_at = ?, taken_in_charge_at = ? WHERE number = ?",
                now.minus(Duration.ofMinutes(50)).atOffset(ZoneOffset.UTC),
                now.minus(Duration.ofMinutes(49)).atOffset(ZoneOffset.UTC), number);
        TestDatabase.update("UPDATE audit_event SET at = ? WHERE ticket_number = ?",
                now.minus(Duration.ofMinutes(50)).atOffset(ZoneOffset.UTC), number);
        TestDatabase.update("UPDATE service_ticket SET clocks_stale = TRUE WHERE number = ?", number);
        await("the clocks replayed").atMost(Duration.ofSeconds(60)).until(() -> TestDatabase.column(
                "SELECT number FROM service_ticket WHERE number = ? AND NOT clocks_stale", number).size() == 1);

        try (Browser browser = Browser.open()) {
            browser.signIn("operator");

            String badge = browser.text("nav-at-risk");
            assertTrue(badge.matches("At risk [1-9][0-9]*"), badge);
            browser.click("nav-at-risk");

            browser.waitForPage();
            assertTrue(browser.text("tickets").contains(number), browser.text("tickets"));
            assertEquals("AT_RISK", browser.element("filters:due_input").getAttribute("value"));
        }
        try (Browser browser = Browser.open()) {
            browser.signIn("programmer");
            assertTrue(browser.driver.findElements(By.id("nav-at-risk")).isEmpty(), "only operators are warned");
        }
    }

    private static long mailsTo(String address, String text) {
        return mail.received(address).stream().filter(m -> {
            try {
                return String.valueOf(m.getContent()).contains(text);
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
