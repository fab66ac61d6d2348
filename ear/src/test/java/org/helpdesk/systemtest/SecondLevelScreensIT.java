package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Escalation, the programmers' and managers' screens, and administration, in a real browser. */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondLevelScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aHighBugIsEscalatedFixedSentVerifiedAndClosed() throws Exception {
        long contact = Scenario.customerWithContact("SCREENBUG", "en", "it@screenbug.example");
        String number = Scenario.open("SCREENBUG", contact, "SOFTWARE_BUG", "HIGH", "Orders vanish on save")
                .getString("number");
        String programming;
        try (Browser operator = Browser.open()) {
            operator.signIn("operator");
            operator.go("app/tickets/detail.xhtml?number=" + number);
            operator.click("take:takeCharge");
            operator.waitForText("state", "Taken in charge");
            operator.click("escalate:doEscalate");
            operator.waitForText("state", "In programming");
            programming = operator.driver.findElement(By.cssSelector("#links a")).getText();
        }
        try (Browser programmer = Browser.open()) {
            programmer.signIn("programmer");
            programmer.click("nav-mine");
            programmer.clickElement(rowButton(programmer, programming, "start"));
            programmer.clickElement(rowButton(programmer, programming, "fixReady"));
            programmer.clickElement(rowButton(programmer, programming, "openUpdate"));
            programmer.type("work:updateVersion", "7.4.2");
            programmer.type("work:means", "teleassistenza");
            programmer.click("work:doUpdate");
        }
        assertEquals(List.of("CLOSED|7.4.2"), TestDatabase.column(
                "SELECT state || '|' || update_version FROM programming_ticket WHERE number = ?", programming));
        try (Browser operator = Browser.open()) {
            operator.signIn("operator");
            operator.go("app/tickets/detail.xhtml?number=" + number);
            assertEquals("Awaiting verification", operator.text("state"));
            operator.type("verify:closureMinutes_input", "15");
            operator.click("verify:doVerify");
            operator.waitForText("state", "Closed");
        }
        assertEquals(List.of("CLOSED"), TestDatabase.column("SELECT state FROM service_ticket WHERE number = ?",
                number));
    }

    @Test
    void aManagerSchedulesAnAverageTicketOnTheBoard() throws Exception {
        long contact = Scenario.customerWithContact("SCREENPLAN", "it", "it@screenplan.example");
        JsonObject t = Scenario.open("SCREENPLAN", contact, "SOFTWARE_BUG", "AVERAGE", "Report totals off by one");
        t = Scenario.service(t, "take-charge", body());
        String programming = Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body()
                .add("urgency", "AVERAGE").add("title", "Totals off by one").add("description", "Rounding"),
                "operator"), 201).getString("number");
        String planned = LocalDate.now().plusDays(10).toString();

        try (Browser manager = Browser.open()) {
            manager.signIn("manager");
            manager.click("nav-board");
            manager.clickElement(rowButton(manager, programming, "openSchedule"));
            manager.typeDate("work:plannedDate_input", planned);
            manager.type("work:plannedRelease", "2026.12");
            manager.click("work:doSchedule");
            manager.waitFor(By.xpath("//tr[.//a[text()='" + programming + "']]/td[contains(.,'2026.12')]"));
        }
        assertEquals(List.of("SCHEDULED|" + planned + "|2026.12"), TestDatabase.column(
                "SELECT state || '|' || planned_date || '|' || planned_release FROM programming_ticket WHERE number = ?",
                programming));
    }

    /** The screens offer what the REST API's allowedActions offer: what the state, the rules and the role allow. */
    @Test
    void eachRoleSeesOnlyTheActionsItMayDo() throws Exception {
        long contact = Scenario.customerWithContact("SCREENROLE", "en", "it@screenrole.example");
        String fresh = Scenario.open("SCREENROLE", contact, "HARDWARE", "LOW", "Whose buttons?").getString("number");
        JsonObject t = Scenario.service(Scenario.open("SCREENROLE", contact, "SOFTWARE_BUG", "HIGH", "Blocking"),
                "take-charge", body());
        String programming = Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body()
                .add("urgency", "HIGH").add("title", "Blocking").add("description", "Now"), "operator"), 201)
                .getString("number");

        try (Browser programmer = Browser.open()) {
            programmer.signIn("programmer");
            programmer.go("app/tickets/detail.xhtml?number=" + fresh);
            programmer.waitFor(By.id("state"));
            assertEquals(List.of("comment"), actionForms(programmer));
            assertFalse(programmer.driver.findElements(By.id("comment:minutes_input")).isEmpty(),
                    "a programmer logs time with the reply box");
        }
        try (Browser auditor = Browser.open()) {
            auditor.signIn("auditor");
            auditor.go("app/tickets/detail.xhtml?number=" + fresh);
            auditor.waitFor(By.id("state"));
            assertEquals(List.of(), actionForms(auditor));
            auditor.go("app/programming/detail.xhtml?number=" + programming);
            auditor.waitFor(By.id("state"));
            assertTrue(auditor.driver.findElements(By.id("actions:start")).isEmpty(), "no Start for an auditor");
        }
        try (Browser manager = Browser.open()) {
            manager.signIn("manager");
            manager.click("nav-board");
            rowButton(manager, programming, "openAssign");
            assertTrue(manager.driver.findElements(By.xpath("//tr[.//a[text()='" + programming
                    + "']]//button[contains(@id,':openSchedule')]")).isEmpty(), "a High ticket is never scheduled");
        }
    }

    /**
     * The ids of the forms a ticket's screen offers the user: the next step's, the other actions' and the reply box
     * under the timeline, sorted.
     */
    private static List<String> actionForms(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#next-step form, form.reply")).stream()
                .map(f -> f.getAttribute("id")).sorted().toList();
    }

    @Test
    void anAdministratorCreatesAUserWhoThenSignsIn() throws Exception {
        try (Browser admin = Browser.open()) {
            admin.signIn("admin");
            admin.click("nav-users");
            admin.type("create:username", "nadia");
            admin.type("create:displayName", "Nadia Neri");
            admin.type("create:email", "nadia@helpdesk.example");
            admin.type("create:password", "first-password-1");
            admin.click("create:createUser");
            admin.waitForText("users:list", "nadia");
        }
        assertTrue(TestDatabase.column("SELECT password_hash FROM staff_user WHERE username = 'nadia'").get(0)
                .startsWith("$2a$"));
        try (Browser nadia = Browser.open()) {
            nadia.go("login.xhtml");
            nadia.type("signin:username", "nadia");
            nadia.type("signin:password", "first-password-1");
            nadia.click("signin:submit");
            nadia.waitForText("signed-in-as", "Nadia Neri");
        }
    }

    /** The button {@code id} in the table row of programming ticket {@code number}. */
    private static WebElement rowButton(Browser browser, String number, String id) {
        browser.waitFor(By.xpath("//tr[.//a[text()='" + number + "']]//button[contains(@id,':" + id + "')]"));
        return browser.driver.findElement(By.xpath("//tr[.//a[text()='" + number + "']]//button[contains(@id,':"
                + id + "')]"));
    }
}
