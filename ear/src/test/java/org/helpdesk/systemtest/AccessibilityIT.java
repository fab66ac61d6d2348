package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core finds no serious or critical accessibility violation, and the Nu HTML checker no error that comes from our
 * templates, on the main screens in the states the tests reach.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void theSignInScreen() {
        try (Browser browser = Browser.open()) {
            browser.go("login.xhtml");
            assertNoSeriousViolation(browser, "sign in");
            browser.type("signin:username", "operator");
            browser.type("signin:password", "not the password");
            browser.click("signin:submit");
            browser.waitFor(By.cssSelector("[role=alert].page-message-error"));
            assertNoSeriousViolation(browser, "sign in, refused");
            browser.screenshot("sign-in-refused");
        }
    }

    @Test
    void aScreenWithItsMessages() throws Exception {
        String number = TestDatabase.column("SELECT number FROM service_ticket WHERE state <> 'CLOSED' ORDER BY id")
                .get(0);
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            // A comment with no text: the page says what is missing, at the top of the page.
            browser.click("comment:addComment");
            browser.waitFor(By.cssSelector("#messages [role=alert].page-message-error"));
            assertEquals("Comment: write the comment", browser.text("messages"));
            assertNoSeriousViolation(browser, "ticket detail, with a refusal shown");
            browser.screenshot("ticket-detail-refusal");
        }
    }

    @Test
    void theOperatorsScreens() throws Exception {
        String number = TestDatabase.column("SELECT number FROM service_ticket ORDER BY id").get(0);
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            assertNoSeriousViolation(browser, "home");
            // The sign-out button is white on the dark top bar, not white on white.
            WebElement logout = browser.driver.findElement(By.id("account:logout"));
            assertEquals("rgba(0, 0, 0, 0)", logout.getCssValue("background-color"), "sign-out background");
            assertEquals("rgba(255, 255, 255, 1)", logout.getCssValue("color"), "sign-out text");
            browser.go("app/tickets/new.xhtml");
            assertNoSeriousViolation(browser, "new ticket");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            assertNoSeriousViolation(browser, "ticket detail");
            browser.go("app/tickets/list.xhtml");
            assertNoSeriousViolation(browser, "search");
        }
    }

    /**
     * The ticket page in the states the process goes through, with the next step of each, a dialog open and a message
     * shown; the ticket list at a phone's width.
     */
    @Test
    void theTicketPageInEachStateWithItsDialogs() throws Exception {
        long contact = Scenario.customerWithContact("AXESTATES", "en", "it@axestates.example");
        JsonObject fresh = Scenario.open("AXESTATES", contact, "SOFTWARE_BUG", "HIGH", "Orders vanish");
        JsonObject taken = Scenario.service(Scenario.open("AXESTATES", contact, "SOFTWARE_BUG", "AVERAGE",
                "Totals off"), "take-charge", body());
        JsonObject awaiting = Scenario.service(Scenario.service(Scenario.open("AXESTATES", contact, "HARDWARE",
                "LOW", "Printer jams"), "take-charge", body()), "resolution", body());
        JsonObject closed = Scenario.service(Scenario.service(awaiting, "verification", body().add("works", true)),
                "closure", body().add("agreedWith", "Desk").add("how", "PHONE").add("minutesSpent", 10));
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + fresh.getString("number"));
            browser.waitFor(By.id("take:takeCharge"));
            assertNoSeriousViolation(browser, "ticket, new");
            browser.go("app/tickets/detail.xhtml?number=" + taken.getString("number"));
            browser.waitFor(By.id("escalate:doEscalate"));
            assertNoSeriousViolation(browser, "ticket, taken in charge");
            browser.click("more:openWait");
            browser.waitFor(By.id("wait:question"));
            assertNoSeriousViolation(browser, "ticket, the wait dialog open");
            browser.go("app/tickets/detail.xhtml?number=" + closed.getString("number"));
            browser.waitForText("state", "Closed");
            assertNoSeriousViolation(browser, "ticket, closed");
            browser.click("more:openReopen");
            browser.waitFor(By.id("reopen:reason"));
            assertNoSeriousViolation(browser, "ticket, the reopen dialog open");

            browser.resize(390, 844);
            browser.go("app/tickets/list.xhtml?customer=AXESTATES");
            assertNoSeriousViolation(browser, "ticket list, phone");
            assertFalse(browser.scrollsSideways(), "the list fits a phone: " + browser.overflowing());
        }
    }

    @Test
    void theVerificationStepWithARefusalShown() throws Exception {
        long contact = Scenario.customerWithContact("AXEVERIFY", "en", "it@axeverify.example");
        JsonObject awaiting = Scenario.service(Scenario.service(Scenario.open("AXEVERIFY", contact, "HARDWARE",
                "LOW", "Printer jams"), "take-charge", body()), "resolution", body());
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + awaiting.getString("number"));
            browser.waitForText("state", "Awaiting verification");
            assertNoSeriousViolation(browser, "ticket, awaiting verification");
            // It works, closing now, without the hours: the closure's field is named, nothing is recorded.
            browser.click("verify:doVerify");
            browser.waitFor(By.cssSelector("#messages [role=alert].page-message-error"));
            assertTrue(browser.text("messages").contains("Minutes to add at closure"), browser.text("messages"));
            assertEquals("Awaiting verification", browser.text("state"));
            assertNoSeriousViolation(browser, "ticket, verification refused");
        }
    }

    /** Each role's home shows its work, accessibly. */
    @Test
    void theHomeOfEachRole() {
        for (String user : List.of("programmer", "manager", "auditor", "admin")) {
            try (Browser browser = Browser.open()) {
                browser.signIn(user);
                assertNoSeriousViolation(browser, "home of " + user);
            }
        }
    }

    @Test
    void theProgrammingBoard() {
        try (Browser browser = Browser.open()) {
            browser.signIn("manager");
            browser.go("app/programming/board.xhtml");
            assertNoSeriousViolation(browser, "programming board");
        }
    }

    @Test
    void theCalendarScreenWithItsMessages() {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.go("app/admin/calendar.xhtml");
            assertNoSeriousViolation(browser, "calendar");
            // A range that is none: the refusal is shown at the top and nothing is saved.
            browser.type("week:days:6:hours", "all day");
            browser.click("week:saveWeek");
            browser.waitFor(By.cssSelector("#messages [role=alert].page-message-error"));
            assertNoSeriousViolation(browser, "calendar, with a refusal shown");
        }
    }

    /**
     * axe-core finds no serious or critical violation and the Nu HTML checker no error of ours ({@link HtmlCheck}) on
     * the page as it is now.
     */
    static void assertNoSeriousViolation(Browser browser, String screen) {
        String htmlErrors = HtmlCheck.errors(browser, screen);
        assertTrue(htmlErrors.isEmpty(), screen + ": the HTML checker's errors from our templates:" + htmlErrors);
        Results results = new AxeBuilder().analyze(browser.driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), screen + ": " + serious.stream()
                .map(v -> v.getImpact() + " " + v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}
