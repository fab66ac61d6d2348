package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * The screens of the README's tour, each shown with a call of its own on it and photographed
 * ({@code target/screenshots/tour-*.png}, copied to {@code docs/screenshots/} when the screens change).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Browser.TAG)
class ScreenTourIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void theToursScreensShowTheirCalls() {
        long contact = Scenario.customerWithContact("TOUR", "en", "it@tour.example");
        JsonObject bug = Scenario.open("TOUR", contact, "SOFTWARE_BUG", "HIGH", "Invoices print an empty page");
        bug = Scenario.service(bug, "take-charge", body());
        Scenario.ok(Api.post("service-tickets/" + bug.getString("number") + "/comments", body()
                .add("visibility", "CUSTOMER").add("text", "We reproduced it: the fix is on its way.").build()
                .toString(), "operator", Scenario.PASSWORD), 201);
        Scenario.ok(Api.post("service-tickets/" + bug.getString("number") + "/time-entries", body()
                .add("workDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")).toString())
                .add("minutes", 25).add("activity", "Reproduced with the customer").build().toString(), "operator",
                Scenario.PASSWORD), 201);
        Scenario.ok(Scenario.act(bug, "service-tickets", "escalation", body().add("urgency", "HIGH")
                .add("title", "Invoice report loses its data source").add("description", "Empty page since 5.2."),
                "operator"), 201);
        Scenario.open("TOUR", contact, "HARDWARE", "LOW", "Label printer jams");
        Scenario.open("TOUR", contact, "SOFTWARE_NEW_REQUEST", "AVERAGE", "Export the price list to CSV");
        String number = bug.getString("number");

        try (Browser browser = Browser.open()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 900));
            browser.signIn("operator");
            browser.go("app/home.xhtml");
            assertTrue(browser.text("main").contains("Label printer jams"), browser.text("main"));
            browser.screenshot("tour-home");

            browser.go("app/tickets/detail.xhtml?number=" + number);
            browser.waitForText("state", "In programming");
            assertTrue(browser.text("comments").contains("the fix is on its way"), browser.text("comments"));
            browser.screenshot("tour-ticket");

            browser.go("app/tickets/list.xhtml?customer=TOUR&sort=severity");
            assertTrue(browser.text("main").contains("Export the price list to CSV"), browser.text("main"));
            browser.screenshot("tour-ticket-list");

            // The same two screens on a phone (390 px wide), for a person to look at.
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("app/tickets/detail.xhtml?number=" + number);
            browser.waitForText("state", "In programming");
            browser.screenshot("tour-ticket-phone");
            assertFalse(browser.scrollsSideways(), "the ticket fits a phone: " + browser.overflowing());
            browser.go("app/tickets/list.xhtml?customer=TOUR&sort=severity");
            browser.screenshot("tour-ticket-list-phone");
            assertFalse(browser.scrollsSideways(), "the list fits a phone: " + browser.overflowing());
            browser.driver.manage().window().setSize(new Dimension(1366, 900));

            browser.signOut();
            browser.signIn("manager");
            browser.go("app/programming/board.xhtml");
            assertTrue(browser.text("main").contains("Invoice report loses its data source"), browser.text("main"));
            browser.screenshot("tour-programming-board");

            browser.go("app/dashboard.xhtml");
            browser.waitFor(org.openqa.selenium.By.id("severityTable"));
            browser.screenshot("tour-dashboard");
        }
    }
}
