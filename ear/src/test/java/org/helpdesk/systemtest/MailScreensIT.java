package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The conversation on the screens, in Chromium: an operator reads a customer's mail on the ticket (its text, its
 * folded signature, its attachment) and answers with a customer update that reaches the customer's mailbox; and
 * assigns a mail from an unknown sender from the queue on the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(Browser.TAG)
class MailScreensIT {

    private static final Duration READ = Duration.ofSeconds(30);
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

    private static String ticketOf(String messageId) throws Exception {
        return Mailboxes.ticketOf(messageId);
    }

    @Test
    void anOperatorReadsTheMailOnTheTicketAndAnswersTheCustomerFromThere() throws Exception {
        String contact = "eva@mailscreen.example";
        Scenario.customerWithContact("MAILSCREEN", "en", contact);
        String messageId = "screen." + UUID.randomUUID() + "@mailscreen.example";
        mail.send("From: Eva Marchetti <" + contact + ">\nTo: " + Mailboxes.HELPDESK
                + "\nSubject: Labels print blank\nMessage-ID: <" + messageId + ">\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\nContent-Type: text/plain; charset=utf-8\n\n"
                + "Since this morning the label printer prints blank labels.\n<b>not bold</b>\n\n-- \nEva Marchetti\n"
                + "Warehouse\n--m\nContent-Type: text/plain; name=\"printer.log\"\n"
                + "Content-Disposition: attachment; filename=\"printer.log\"\n\nE17 ribbon not found\n--m--\n",
                Mailboxes.HELPDESK);
        String ticket = ticketOf(messageId);

        try (Browser browser = Browser.open()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 1100));
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + ticket);
            String timeline = browser.text("comments");
            assertTrue(timeline.contains("Since this morning the label printer prints blank labels."), timeline);
            assertTrue(timeline.contains("<b>not bold</b>"), "mail text is shown as text: " + timeline);
            assertTrue(timeline.contains("printer.log"), timeline);
            assertTrue(browser.text("qualification-banner").length() > 0);
            assertEquals(0, browser.driver.findElements(By.cssSelector("#comments b")).size(), "no markup of the mail");

            browser.type("comment:text", "We are sending a new ribbon today.");
            browser.click("comment:addComment");
            browser.waitForText("comments", "We are sending a new ribbon today.");
            browser.screenshot("tour-conversation");

            // The same conversation in Italian, and on a phone (390 px wide), for a person to look at.
            browser.click("account:lang-it");
            browser.waitForText("conversation-h", "Conversazione");
            assertTrue(browser.text("comments").contains("Since this morning the label printer prints blank labels."));
            browser.screenshot("conversation-it");
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("app/tickets/detail.xhtml?number=" + ticket);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('conversation-h').scrollIntoView()");
            browser.screenshot("conversation-phone-it");
            // Back to the operator's own language, read on the page: the other tests expect it.
            browser.click("account:lang-en");
            browser.waitForText("conversation-h", "Conversation");
        }
        await("the update in the customer's mailbox").atMost(READ).until(() -> mail.received(contact).size() >= 2);
        MimeMessage update = mail.received(contact).get(1);
        assertEquals("Re: Labels print blank [" + ticket + "]", update.getSubject());
        assertEquals(List.of("<" + messageId + ">"), List.of(update.getHeader("In-Reply-To")));
        assertTrue(((String) update.getContent()).contains("We are sending a new ribbon today."));
    }

    @Test
    void anOperatorAssignsAMailFromAnUnknownSenderFromTheHomePage() throws Exception {
        Scenario.customerWithContact("MAILASSIGN", "en", "office@mailassign.example");
        String stranger = "someone@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String messageId = "assign." + UUID.randomUUID() + "@stranger.example";
        mail.send("From: Some One <" + stranger + ">\nTo: " + Mailboxes.HELPDESK + "\nSubject: Licence renewal\n"
                + "Message-ID: <" + messageId + ">\n\nWhen does our licence expire?\n", Mailboxes.HELPDESK);
        await("the mail waiting").atMost(READ).until(() -> !TestDatabase.column(
                "SELECT id FROM inbound_mail WHERE message_id = ? AND attention = 'UNKNOWN_SENDER'", messageId)
                .isEmpty());

        try (Browser browser = Browser.open()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 1100));
            browser.signIn("operator");
            browser.go("app/home.xhtml");
            WebElement card = browser.driver.findElement(By.xpath(
                    "//li[contains(@class,'waiting-mail')][.//dd[contains(., '" + stranger + "')]]"));
            WebElement customer = card.findElement(By.cssSelector("input[id$='customer_input']"));
            customer.sendKeys("MAILASSIGN");
            browser.waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(., 'MAILASSIGN')]"));
            browser.clickElement(browser.driver.findElement(By.xpath(
                    "//li[contains(@class,'ui-autocomplete-item')][contains(., 'MAILASSIGN')]")));
            card = browser.driver.findElement(By.xpath(
                    "//li[contains(@class,'waiting-mail')][.//dd[contains(., '" + stranger + "')]]"));
            WebElement assign = card.findElement(By.cssSelector("button[id$='assign']"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(assign));
            browser.clickElement(assign);
            browser.waitFor(By.id("opened"));
            java.util.regex.Matcher number = java.util.regex.Pattern.compile("HD-\\d{4}-\\d+")
                    .matcher(browser.text("opened"));
            assertTrue(number.find(), browser.text("opened"));
            String ticket = number.group();
            assertEquals(ticket, ticketOf(messageId));
            assertTrue(browser.driver.findElements(By.xpath("//dd[contains(., '" + stranger + "')]")).isEmpty(),
                    "the mail left the queue");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('waiting-h').scrollIntoView()");
            browser.screenshot("waiting-mail");
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.go("app/home.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('waiting-h').scrollIntoView()");
            browser.screenshot("waiting-mail-phone");
        }
        await("the acknowledgement").atMost(READ).until(() -> mail.received(stranger).size() >= 1);
        assertTrue(mail.received(stranger).get(0).getSubject().contains("We have received your request"));
    }
}
