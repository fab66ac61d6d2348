package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The satisfaction questionnaire end to end: the closure mail carries a personal link, a real browser answers it
 * once, the link then says so; expired, void, forged links; the one reminder; bad input; the results for staff and
 * the scores in the monthly report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SatisfactionSurveyIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestPorts.smtp());

    private static final Pattern LINK = Pattern.compile("(http://\\S+/survey/answer\\.xhtml\\?t=([A-Za-z0-9_-]{43}))");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    @Tag(Browser.TAG)
    void theClosureMailLinksToAQuestionnaireThatABrowserAnswersOnce() throws Exception {
        YearMonth month = TestMonth.current();
        JsonObject ticket = closed("SURVEYEN", "en", "eve@survey-en.example", "Label printer jams");
        String number = ticket.getString("number");
        MimeMessage mail = awaitMail("eve@survey-en.example", number + " is closed", 1);
        String body = textOf(mail);
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        assertTrue(link.group(1).startsWith("http://localhost:" + TestPorts.HTTP + "/helpdesk/survey/answer.xhtml?t="),
                link.group(1));
        String token = link.group(2);
        // Only the token's SHA-256 is stored.
        assertEquals(List.of(sha256(token)), TestDatabase.column("SELECT s.token_hash FROM satisfaction_survey s"
                + " JOIN service_ticket t ON t.id = s.service_ticket_id WHERE t.number = ?", number));
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM satisfaction_survey"
                + " WHERE token_hash = ? OR reminder_token_hash = ?", token, token));

        String comment = "<script>window.pwned = 1</script> Quick & <b>kind</b>";
        try (Browser browser = Browser.open()) {
            browser.driver.get(link.group(1));
            browser.waitForPage();
            assertTrue(browser.text("survey-intro").contains(number), browser.text("survey-intro"));
            AccessibilityIT.assertNoSeriousViolation(browser, "questionnaire");
            // On a phone's screen (390 px wide) the form fits without sideways scrolling.
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
            browser.screenshot("survey-form-phone");
            browser.choose("survey:takingCharge", "4");
            browser.choose("survey:competence", "5");
            browser.choose("survey:communication", "3");
            browser.choose("survey:solution", "4");
            browser.choose("survey:overall", "5");
            browser.type("survey:comment", comment);
            browser.click("survey:submit");
            browser.waitForText("thanks", "Thank you");
            AccessibilityIT.assertNoSeriousViolation(browser, "thank-you page");

            assertEquals(List.of("4,5,3,4,5"), TestDatabase.column("SELECT CONCAT(score_taking_charge, ',',"
                    + " score_competence, ',', score_communication, ',', score_solution, ',', score_overall)"
                    + " FROM satisfaction_survey WHERE token_hash = ?", sha256(token)));
            assertEquals(List.of(comment), TestDatabase.column(
                    "SELECT answer_comment FROM satisfaction_survey WHERE token_hash = ?", sha256(token)));

            // The same link again: already answered, nothing changes.
            browser.driver.get(link.group(1));
            browser.waitForPage();
            assertEquals("ANSWERED", browser.element("survey-status").getAttribute("data-status"));
            assertTrue(browser.text("survey-status").contains("already been answered"));
            assertTrue(browser.driver.findElements(By.id("survey:submit")).isEmpty());

            // A manager reads the scores and the comment on the ticket, as plain text: the script never runs.
            browser.signIn("manager");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            String shown = browser.driver.findElement(By.cssSelector(".survey-comment")).getText();
            assertTrue(shown.contains(comment), shown);
            assertTrue(browser.driver.findElements(By.cssSelector(".survey-comment b")).isEmpty());
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver)
                    .executeScript("return typeof window.pwned === 'undefined';"));
            assertEquals(List.of("4", "5", "3", "4", "5"), scores(browser));
            browser.signOut();

            // An operator sees the scores, not the comment.
            browser.signIn("operator");
            browser.go("app/tickets/detail.xhtml?number=" + number);
            assertEquals(List.of("4", "5", "3", "4", "5"), scores(browser));
            assertTrue(browser.driver.findElements(By.cssSelector(".survey-comment")).isEmpty());
        }

        // The monthly report of the customer shows the questionnaire and its scores (a Low call).
        HttpResponse<byte[]> pdf = ReportsIT.download("reports/monthly/SURVEYEN?month=" + month, "application/pdf",
                "manager");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Questionnaires sent: 1; answered: 1."), text);
            assertTrue(text.contains("Communication - - 3.0 - 3.0"), text);
            assertTrue(text.contains("Overall - - 4.2 - 4.2"), text);
        }
    }

    @Test
    @Tag(Browser.TAG)
    void anExpiredLinkSaysSoAndAForgedOneReadsLikeAMistypedOne() throws Exception {
        JsonObject ticket = closed("SURVEYIT", "it", "ida@survey-it.example", "Stampante bloccata");
        String number = ticket.getString("number");
        MimeMessage mail = awaitMail("ida@survey-it.example", number + " è chiuso", 1);
        String body = textOf(mail);
        assertTrue(body.contains("questionario di gradimento"), body);
        String link = link(body);
        assertEquals(1, TestDatabase.update("UPDATE satisfaction_survey SET expires_at = ? WHERE service_ticket_id ="
                + " (SELECT id FROM service_ticket WHERE number = ?)", Timestamp.from(Instant.now().minusSeconds(60)),
                number));

        try (Browser browser = Browser.open()) {
            browser.driver.get(link);
            browser.waitForPage();
            assertEquals("EXPIRED", browser.element("survey-status").getAttribute("data-status"));
            assertTrue(browser.text("survey-status").contains("è scaduto"), browser.text("survey-status"));
            assertEquals("it", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
            AccessibilityIT.assertNoSeriousViolation(browser, "expired questionnaire");

            String base = link.substring(0, link.indexOf("?t=") + 3);
            String forged = "A".repeat(43);
            browser.driver.get(base + forged + "&lang=en");
            browser.waitForPage();
            String unknown = browser.text("survey-status");
            assertEquals("UNKNOWN", browser.element("survey-status").getAttribute("data-status"));
            assertTrue(unknown.contains("This link is not valid"), unknown);
            for (String other : List.of(base + "short&lang=en", base.replace("?t=", "?lang=en"),
                    base + "%27%20OR%201=1--&lang=en")) {
                browser.driver.get(other);
                browser.waitForPage();
                assertEquals(unknown, browser.text("survey-status"), other);
            }
        }
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM satisfaction_survey s JOIN service_ticket"
                + " t ON t.id = s.service_ticket_id WHERE t.number = ? AND s.answered_at IS NOT NULL", number));
    }

    @Test
    void reopeningVoidsTheLinkAndTheNextClosureSendsANewOne() throws Exception {
        JsonObject ticket = closed("SURVEYRE", "en", "rex@survey-re.example", "Scanner lost its settings");
        String number = ticket.getString("number");
        String first = link(textOf(awaitMail("rex@survey-re.example", number + " is closed", 1)));

        ticket = Scenario.service(ticket, "reopening", body().add("reason", "The scanner forgot them again"));
        assertTrue(page(first).contains("no longer valid because the request was reopened"), page(first));

        ticket = Scenario.service(ticket, "resolution", body());
        ticket = Scenario.service(ticket, "verification", body().add("works", true));
        Scenario.service(ticket, "closure", body().add("agreedWith", "Rex").add("how", "PHONE")
                .add("minutesSpent", 10));
        String second = link(textOf(awaitMail("rex@survey-re.example", number + " is closed", 2)));

        assertNotEquals(first, second);
        assertTrue(page(second).contains("id=\"survey:submit\""), "the new link shows the form");
        assertTrue(page(first).contains("no longer valid"), "the old link stays void");
        assertEquals(List.of("1", "0"), TestDatabase.column("SELECT CASE WHEN s.voided_at IS NULL THEN 0 ELSE 1 END"
                + " FROM satisfaction_survey s JOIN service_ticket t ON t.id = s.service_ticket_id WHERE t.number = ?"
                + " ORDER BY s.sent_at", number));
    }

    @Test
    void theReminderGoesOnceAndNeverForAVoidQuestionnaire() throws Exception {
        String waiting = closed("SURVEYREM", "en", "ray@survey-rem.example", "Monitor flickers")
                .getString("number");
        JsonObject reopened = closed("SURVEYVOID", "en", "val@survey-void.example", "Keyboard missing keys");
        Scenario.service(reopened, "reopening", body().add("reason", "Two more keys are missing"));
        String original = link(textOf(awaitMail("ray@survey-rem.example", waiting + " is closed", 1)));
        // Both were sent six days ago (the reminder is due after five).
        Timestamp sixDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(6)));
        for (String number : List.of(waiting, reopened.getString("number"))) {
            assertEquals(1, TestDatabase.update("UPDATE satisfaction_survey SET sent_at = ? WHERE service_ticket_id ="
                    + " (SELECT id FROM service_ticket WHERE number = ?)", sixDaysAgo, number));
        }

        assertEquals(403, Api.post("surveys/reminders", "{}", "operator", "demo").statusCode());
        HttpResponse<String> run = Api.post("surveys/reminders", "{}", "admin", "demo");
        assertEquals(200, run.statusCode(), run.body());
        assertTrue(Api.json(run).getInt("sent") >= 1, run.body());
        MimeMessage reminder = awaitMail("ray@survey-rem.example", waiting + ": how did we do?", 1);
        String fresh = link(textOf(reminder));
        assertNotEquals(original, fresh);
        assertTrue(page(fresh).contains("id=\"survey:submit\""), "the reminder's link opens the questionnaire");
        assertTrue(page(original).contains("id=\"survey:submit\""), "and so does the first one");

        HttpResponse<String> again = Api.post("surveys/reminders", "{}", "admin", "demo");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(List.of("1"), reminders(waiting));
        assertEquals(List.of("0"), reminders(reopened.getString("number")));
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM satisfaction_survey s JOIN service_ticket"
                + " t ON t.id = s.service_ticket_id WHERE t.number = ? AND s.reminded_at IS NOT NULL",
                reopened.getString("number")));
    }

    @Test
    @Tag(Browser.TAG)
    void badInputIsRefusedWithAMessageNextToTheFieldAndNothingIsStored() throws Exception {
        JsonObject ticket = closed("SURVEYBAD", "en", "bob@survey-bad.example", "Mouse double-clicks");
        String number = ticket.getString("number");
        String link = link(textOf(awaitMail("bob@survey-bad.example", number + " is closed", 1)));
        try (Browser browser = Browser.open()) {
            browser.driver.get(link);
            browser.waitForPage();

            browser.click("survey:submit");
            for (String question : List.of("takingCharge", "competence", "communication", "solution", "overall")) {
                assertEquals("Choose a score from 1 to 5.", browser.text("survey:" + question + "-msg"), question);
            }

            for (String question : List.of("takingCharge", "competence", "communication", "solution", "overall")) {
                browser.choose("survey:" + question, "3");
            }
            JavascriptExecutor js = browser.driver;
            js.executeScript("document.querySelector('input[name=\"survey:overall\"]:checked').value = '9';"
                    + "var c = document.getElementById('survey:comment'); c.removeAttribute('maxlength');"
                    + "c.value = 'x'.repeat(2001);");
            browser.click("survey:submit");
            assertEquals("The score must be a whole number from 1 to 5.", browser.text("survey:overall-msg"));
            assertTrue(browser.text("survey:comment-msg").contains("at most 2,000 characters"),
                    browser.text("survey:comment-msg"));
            browser.screenshot("survey-refused");
        }
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM satisfaction_survey s JOIN service_ticket"
                + " t ON t.id = s.service_ticket_id WHERE t.number = ? AND s.answered_at IS NOT NULL", number));
        assertTrue(page(link).contains("id=\"survey:submit\""), "still pending");
    }

    @Test
    @Tag(Browser.TAG)
    void managersSeeAllResultsAndCommentsOperatorsTheirOwnAverages() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("manager");
            browser.go("app/surveys/results.xhtml");
            assertTrue(Long.parseLong(browser.text("total-answered")) > 0, "demo data has answered questionnaires");
            assertTrue(browser.text("total-rate").endsWith("%"));
            assertFalse(browser.driver.findElements(By.id("byOperator")).isEmpty());
            assertFalse(browser.driver.findElements(By.id("comments")).isEmpty());
            assertFalse(browser.driver.findElements(By.cssSelector("#monthChart canvas")).isEmpty());
            AccessibilityIT.assertNoSeriousViolation(browser, "satisfaction results");
            browser.screenshot("survey-results");
            browser.signOut();

            browser.signIn("operator");
            browser.go("app/surveys/mine.xhtml");
            assertTrue(browser.driver.findElements(By.id("comments")).isEmpty());
            assertTrue(browser.driver.findElements(By.id("byOperator")).isEmpty());
            AccessibilityIT.assertNoSeriousViolation(browser, "my satisfaction");
        }
        assertEquals(403, Api.get("../app/surveys/results.xhtml", "operator", "demo").statusCode());
        assertEquals(403, Api.get("../app/surveys/results.xhtml", "auditor", "demo").statusCode());
        assertEquals(403, Api.get("../app/surveys/mine.xhtml", "manager", "demo").statusCode());

        JsonObject mine = Scenario.ok(Api.get("surveys/results", "operator", "demo"), 200);
        assertTrue(mine.getJsonArray("comments").isEmpty(), mine.toString());
        assertTrue(mine.getJsonArray("byOperator").stream().allMatch(
                o -> o.asJsonObject().getString("key").equals("operator")), mine.toString());
        JsonObject all = Scenario.ok(Api.get("surveys/results", "manager", "demo"), 200);
        assertTrue(all.getJsonArray("byOperator").size() >= 2, all.toString());
        assertEquals(403, Api.get("surveys/results", "auditor", "demo").statusCode());
        HttpResponse<String> inverted = Api.get("surveys/results?from=2026-06&to=2026-01", "manager", "demo");
        assertEquals(422, inverted.statusCode(), inverted.body());
        assertEquals(400, Api.get("surveys/results?from=June", "manager", "demo").statusCode());
    }

    /** A new customer's Low hardware call, taken in charge, resolved, verified and closed. */
    private static JsonObject closed(String customer, String language, String email, String subject) {
        long contact = Scenario.customerWithContact(customer, language, email);
        JsonObject t = Scenario.open(customer, contact, "HARDWARE", "LOW", subject);
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));
        return Scenario.service(t, "closure", body().add("agreedWith", "The owner").add("how", "EMAIL")
                .add("minutesSpent", 20));
    }

    private static List<String> reminders(String number) throws Exception {
        return TestDatabase.column("SELECT COUNT(*) FROM outbox_message WHERE kind = 'survey.reminder'"
                + " AND ticket_number = ?", number);
    }

    /** The {@code count}-th mail (oldest first) to {@code address} whose subject contains {@code subject}. */
    private static MimeMessage awaitMail(String address, String subject, int count) {
        return await("mail " + count + " '" + subject + "' to " + address).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> mails(address, subject), list -> list.size() >= count).get(count - 1);
    }

    private static List<MimeMessage> mails(String address, String subject) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equals(address)) && m.getSubject().contains(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of a mail as its reader sees it (decoded from quoted-printable). */
    private static String textOf(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The five scores on the ticket screen, in question order. */
    private static List<String> scores(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".survey-scores tbody td")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    private static String link(String body) {
        Matcher matcher = LINK.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    /** The questionnaire page as a plain HTTP client gets it. */
    private static String page(String link) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), link);
        return response.body();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
