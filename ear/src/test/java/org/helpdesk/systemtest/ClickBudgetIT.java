package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The whole path of a blocking bug, clicked as the people do it and counted: the operator records the phone call,
 * which is taken in charge as it is saved, and escalates it; the programmer starts, and records the fix sent to the
 * customer; the operator verifies it with the customer and agrees the closure. At most 10 clicks (signing in aside),
 * with the same fields as ever; the screens the people end on say what happened.
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClickBudgetIT {

    static final int BUDGET = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aPhoneCallGoesThroughProgrammingToTheClosureInAtMostTenClicks() throws Exception {
        Scenario.customerWithContact("CLICKS", "en", "it@clicks.example");
        int clicks = 0;
        String number;
        String programming;
        try (Browser operator = Browser.open()) {
            operator.signIn("operator");
            operator.click("nav-new");
            operator.type("ticket:customer_input", "CLICKS");
            operator.waitFor(By.cssSelector("li.ui-autocomplete-item[data-item-value='CLICKS']"));
            operator.clickElement(operator.driver.findElement(
                    By.cssSelector("li.ui-autocomplete-item[data-item-value='CLICKS']")));
            // Software bug is the kind already chosen; the call is blocking.
            operator.choose("ticket:severity", "High");
            operator.type("ticket:subject", "Orders vanish when saved");
            operator.type("ticket:description", "Since this morning every order saved disappears from the list.");
            operator.click("ticket:save");
            operator.waitForText("state", "Taken in charge");
            number = operator.numberInAddress();
            operator.click("escalate:doEscalate");
            operator.waitForText("state", "In programming");
            programming = operator.driver.findElement(By.cssSelector("#links a")).getText();
            operator.screenshot("clicks-1-escalated");
            clicks += operator.clicks();
        }
        try (Browser programmer = Browser.open()) {
            programmer.signIn("programmer");
            // The programmer's home lists their programming tickets, and the unassigned blocking ones.
            programmer.clickElement(rowButton(programmer, programming, "start"));
            programmer.clickElement(rowButton(programmer, programming, "openUpdate"));
            programmer.type("work:updateVersion", "7.4.3");
            programmer.type("work:means", "remote assistance");
            programmer.click("work:doUpdate");
            // The programmer works in Italian.
            programmer.waitForText("messages", "L'aggiornamento inviato al cliente è stato registrato");
            programmer.screenshot("clicks-2-update-sent");
            clicks += programmer.clicks();
        }
        try (Browser operator = Browser.open()) {
            operator.signIn("operator");
            // The operator's home: the ticket waits for the customer's verification.
            operator.clickElement(operator.element("main").findElement(By.linkText(number)));
            operator.waitForText("state", "Awaiting verification");
            // "It works" and "agree the closure now" are chosen; the contact is the one agreed with, by phone.
            operator.type("verify:closureMinutes_input", "15");
            operator.click("verify:doVerify");
            operator.waitForText("state", "Closed");
            assertTrue(operator.text("messages").contains("the ticket is closed"), operator.text("messages"));
            assertTrue(operator.text("comments").contains("agreed the closure with"), operator.text("comments"));
            operator.screenshot("clicks-3-closed");
            clicks += operator.clicks();
        }

        System.out.println("Click budget: a phone call to the closure through programming took " + clicks
                + " clicks (budget " + BUDGET + ").");
        assertTrue(clicks <= BUDGET, clicks + " clicks, more than " + BUDGET);
        assertEquals(List.of("CLOSED|HIGH"), TestDatabase.column(
                "SELECT state || '|' || severity FROM service_ticket WHERE number = ?", number));
        assertEquals(List.of("CLOSED|7.4.3"), TestDatabase.column(
                "SELECT state || '|' || update_version FROM programming_ticket WHERE number = ?", programming));
    }

    /** The button {@code id} in the table row of programming ticket {@code number}. */
    private static WebElement rowButton(Browser browser, String number, String id) {
        By button = By.xpath("//tr[.//a[text()='" + number + "']]//button[contains(@id,':" + id + "')]");
        browser.waitFor(button);
        return browser.driver.findElement(button);
    }
}
