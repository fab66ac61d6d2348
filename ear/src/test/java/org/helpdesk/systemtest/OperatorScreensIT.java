package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The operator's day in a real browser: a phone call recorded, solved and closed with the customer. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void anOperatorTakesAPhoneCallToTheAgreedClosure() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.click("nav-new");

            browser.type("ticket:customer_input", "ROSS");
            browser.waitFor(By.cssSelector("li.ui-autocomplete-item"));
            browser.clickElement(browser.driver.findElement(By.cssSelector("li.ui-autocomplete-item")));
            browser.choose("ticket:kind", "Hardware");
            browser.type("ticket:subject", "Label printer prints blank labels");
            browser.type("ticket:description", "Since this morning every label comes out blank.");
            browser.click("ticket:save");

            String number = browser.numberInAddress();
            assertTrue(number.matches("HD-\\d{4}-\\d{6}"), number);
            // "Take charge now" is on for a call: saving took it in charge.
            assertEquals("Taken in charge", browser.text("state"));

            // One action of the reply box: the update to the customer and the time it took.
            browser.type("comment:text", "We are checking the printer driver with you.");
            browser.type("comment:minutes_input", "20");
            browser.type("comment:activity", "Driver reinstalled remotely");
            browser.click("comment:addComment");
            browser.waitForText("comments", "We are checking the printer driver with you.");
            browser.waitForText("hours", "20 min");
            assertTrue(browser.text("comments").contains("logged 20 min (Help desk)"), browser.text("comments"));
            browser.click("resolve:markResolved");
            browser.waitForText("state", "Awaiting verification");
            // It works, and the closure is agreed in the same action.
            browser.type("verify:closureMinutes_input", "10");
            browser.click("verify:doVerify");
            browser.waitForText("state", "Closed");
            assertTrue(browser.driver.findElements(By.id("verify")).isEmpty(), "no verification form once closed");

            assertTrue(browser.text("milestones").contains("Met"), browser.text("milestones"));
            assertEquals(List.of("CLOSED|30"), TestDatabase.column("SELECT t.state || '|' || SUM(e.minutes)"
                    + " FROM service_ticket t JOIN time_entry e ON e.service_ticket_id = t.id WHERE t.number = ?"
                    + " GROUP BY t.state", number));
        }
    }

    @Test
    void theTicketPageOffersOneNextStepAndNoFormThatNoLongerApplies() throws Exception {
        long contact = Scenario.customerWithContact("NEXTSTEP", "en", "nina@nextstep.example");
        String number = Scenario.open("NEXTSTEP", contact, "HARDWARE", "LOW", "Mouse dead").getString("number");
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            assertEquals(List.of("Take charge"), primaryButtons(browser));
            assertEquals("Next step: take charge", browser.text("next-h"));

            browser.click("take:takeCharge");
            browser.waitForText("state", "Taken in charge");
            assertEquals(List.of("Mark resolved"), primaryButtons(browser));
            assertTrue(browser.driver.findElements(By.id("take")).isEmpty(), "no Take charge once taken");
            assertTrue(browser.text("comments").contains("Olivia Operator"), browser.text("comments"));
            assertTrue(browser.text("comments").contains("State: New → Taken in charge"), browser.text("comments"));
            assertEquals("Olivia Operator", browser.text("operator"));

            // A rarer action in its dialog: waiting for the customer.
            browser.click("more:openWait");
            browser.type("wait:question", "Which port is the mouse plugged into?");
            browser.click("wait:doWait");
            browser.waitFor(By.cssSelector(".badge-waiting"));
            assertTrue(browser.text("comments").contains("asked the customer and waits for the answer"),
                    browser.text("comments"));
            assertTrue(browser.driver.findElements(By.id("more:openWait")).isEmpty(), "it waits already");
            browser.click("more:openResume");
            browser.click("resume:doResume");
            browser.waitForText("comments", "the clock runs again");
            assertTrue(browser.driver.findElements(By.cssSelector(".badge-waiting")).isEmpty());
        }
    }

    private static List<String> primaryButtons(Browser browser) {
        return browser.driver.findElements(By.cssSelector("button.primary-action")).stream()
                .map(b -> b.getText().strip()).toList();
    }

    @Test
    void aNewTicketStartsInTheCustomerFieldAndShowsTheCustomersLatestTickets() throws Exception {
        long contact = Scenario.customerWithContact("LATEST", "en", "lara@latest.example");
        Scenario.open("LATEST", contact, "HARDWARE", "LOW", "Keyboard missing keys");
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.click("nav-new");
            browser.waitFor(By.cssSelector("[id='ticket:customer_input']:focus"));

            browser.type("ticket:customer_input", "LATEST");
            browser.waitFor(By.cssSelector("li.ui-autocomplete-item[data-item-value='LATEST']"));
            browser.clickElement(browser.driver.findElement(
                    By.cssSelector("li.ui-autocomplete-item[data-item-value='LATEST']")));
            browser.waitForText("ticket:recent", "Keyboard missing keys");
            assertEquals("Contact of LATEST (lara@latest.example)", browser.text("ticket:contact_label"));
            assertTrue(browser.driver.findElement(By.id("ticket:takeChargeNow_input")).isSelected(),
                    "take charge now is on for a call");
        }
    }

    @Test
    void aMissingSubjectIsShownNextToTheFieldAndNothingIsCreated() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.click("nav-new");
            browser.type("ticket:customer_input", "ACME");
            browser.waitFor(By.cssSelector("li.ui-autocomplete-item"));
            browser.clickElement(browser.driver.findElement(By.cssSelector("li.ui-autocomplete-item")));
            browser.type("ticket:description", "No subject given");
            browser.click("ticket:save");

            browser.waitFor(By.cssSelector("[id='ticket:subject'] ~ .ui-message-error, .ui-message-error"));
            assertTrue(browser.driver.getPageSource().contains("Write a subject."));
        }
        // This test's ticket only: tickets other tests open meanwhile do not count.
        assertEquals(List.of("0"), TestDatabase.column(
                "SELECT COUNT(*) FROM service_ticket WHERE description = 'No subject given'"));
    }

    @Test
    void afterARefusedSubmitChoosingACustomerStillPreselectsItsContact() throws Exception {
        Scenario.customerWithContact("PRESELECT", "en", "paula@preselect.example");
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.click("nav-new");
            browser.click("ticket:save");
            browser.waitFor(By.cssSelector(".ui-message-error"));

            browser.type("ticket:customer_input", "PRESELECT");
            browser.waitFor(By.cssSelector("li.ui-autocomplete-item[data-item-value='PRESELECT']"));
            browser.clickElement(browser.driver.findElement(
                    By.cssSelector("li.ui-autocomplete-item[data-item-value='PRESELECT']")));
            assertEquals("Contact of PRESELECT (paula@preselect.example)", browser.text("ticket:contact_label"));
            browser.type("ticket:subject", "Scanner not found");
            browser.type("ticket:description", "The scanner disappeared from the network.");
            browser.click("ticket:save");

            String number = browser.numberInAddress();
            assertTrue(number.matches("HD-\\d{4}-\\d{6}"), number);
            assertEquals(List.of("paula@preselect.example"), TestDatabase.column("SELECT c.email FROM service_ticket t"
                    + " JOIN contact c ON c.id = t.contact_id WHERE t.number = ?", number));
        }
    }

    @Test
    void aRefusedClosureNamesTheFieldByItsItalianLabelNeverByItsCodeName() throws Exception {
        long contact = Scenario.customerWithContact("LABELIT", "it", "gina@labelit.example");
        JsonObject ticket = Scenario.open("LABELIT", contact, "HARDWARE", "LOW", "Monitor spento");
        ticket = Scenario.service(ticket, "take-charge", body());
        ticket = Scenario.service(ticket, "resolution", body());
        ticket = Scenario.service(ticket, "verification", body().add("works", true));
        String number = ticket.getString("number");
        try (Browser browser = Browser.open()) {
            browser.signIn("luca");
            browser.go("app/tickets/detail.xhtml?number=" + number);

            browser.click("closure:doClose");

            browser.waitForText("messages", "registri i minuti impiegati");
            String message = browser.text("messages");
            assertTrue(message.contains("Minuti da aggiungere alla chiusura: registri i minuti impiegati"), message);
            assertFalse(message.contains("minutesSpent"), message);
            assertEquals(List.of("VERIFIED"), TestDatabase.column(
                    "SELECT state FROM service_ticket WHERE number = ?", number));
        }
    }

    @Test
    void aStaleEditIsExplainedInItalianOnAnItalianScreen() throws Exception {
        long contact = Scenario.customerWithContact("STALEIT", "it", "mario@staleit.example");
        JsonObject ticket = Scenario.open("STALEIT", contact, "HARDWARE", "LOW", "Stampante inceppata");
        String number = ticket.getString("number");
        try (Browser browser = Browser.open()) {
            browser.signIn("luca");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            assertEquals("it", browser.driver.findElement(By.tagName("html")).getAttribute("lang"),
                    "luca works in Italian");
            // Meanwhile another operator takes the ticket in charge.
            Scenario.service(ticket, "take-charge", Scenario.body());

            browser.click("take:takeCharge");

            browser.waitForText("messages", "è stato modificato");
            String message = browser.text("messages");
            assertTrue(message.contains("Il ticket " + number + " è stato modificato da operator il "), message);
            assertTrue(message.contains("non è stato salvato nulla. Lo ricarichi e riprovi."), message);
            assertEquals("Ricarica il ticket", browser.element("stale-form:stale").getText().strip());
            assertEquals(List.of("operator"), TestDatabase.column(
                    "SELECT assigned_operator FROM service_ticket WHERE number = ?", number));
        }
    }

    @Test
    void aValueTheDomainRefusesAfterTheFormsChecksIsExplainedInItalianWithoutAStackTrace() throws Exception {
        long contact = Scenario.customerWithContact("VALUEIT", "it", "rita@valueit.example");
        JsonObject ticket = Scenario.open("VALUEIT", contact, "HARDWARE", "LOW", "Scanner lento");
        ticket = Scenario.service(ticket, "take-charge", body());
        ticket = Scenario.service(ticket, "resolution", body());
        String number = ticket.getString("number");
        ServerLog log = ServerLog.mark();
        try (Browser browser = Browser.open()) {
            browser.signIn("luca");
            browser.go("app/tickets/detail.xhtml?number=" + number);

            // The note is optional on the form; the ticket needs it to record a failed verification.
            browser.choose("verify:works", "Non funziona");
            browser.click("verify:doVerify");

            browser.waitForText("messages", "Indichi");
            String message = browser.text("messages");
            assertTrue(message.contains("Indichi il motivo per cui la verifica non è riuscita."), message);
            assertFalse(message.contains("reason"), message);
        }
        assertEquals(List.of("AWAITING_VERIFICATION"), TestDatabase.column(
                "SELECT state FROM service_ticket WHERE number = ?", number));
        assertEquals(List.of(), log.errorsAndStackTraces(), "a refusal is no error");
    }

    @Test
    void anUnknownTicketOrCustomerIsNamedInItalianOnAnItalianScreen() {
        try (Browser browser = Browser.open()) {
            browser.signIn("luca");

            browser.go("app/tickets/detail.xhtml?number=HD-1999-000001");
            browser.waitForText("messages", "HD-1999-000001");
            assertTrue(browser.text("messages").contains("Non esiste il ticket di assistenza HD-1999-000001."),
                    browser.text("messages"));

            browser.go("app/tickets/list.xhtml?customer=NOBODY");
            browser.waitForText("messages", "NOBODY");
            assertTrue(browser.text("messages").contains("Non esiste il cliente NOBODY."), browser.text("messages"));
        }
    }
}
