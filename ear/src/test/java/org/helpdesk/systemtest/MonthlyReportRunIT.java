package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly report run (batch job monthly-report) end to end: reports built, archived and mailed with the PDF,
 * exactly one mail per recipient across failures and restarts, SMTP down then back, the schedule's catch-up, and its
 * screen (administrators only, live progress, re-send, archive; accessible).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonthlyReportRunIT {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    /** The month this test's runs report on, read once as it starts: the month its tickets are opened in. */
    private final YearMonth month = TestMonth.current();

    private String thisMonth() {
        return month.toString();
    }

    /** A customer with one report recipient and {@code calls} tickets opened now; returns the ticket numbers. */
    private static List<String> customerWithCalls(String code, String language, int calls) {
        long contact = Scenario.customerWithContact(code, language, mailOf(code));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            numbers.add(Scenario.open(code, contact, "SOFTWARE_BUG", "HIGH", "Call " + i + " of " + code)
                    .getString("number"));
        }
        return numbers;
    }

    private static String mailOf(String code) {
        return "reports@" + code.toLowerCase() + ".example";
    }

    private static long start(String month, String... customers) {
        JsonObject answer = Scenario.ok(Api.post("monthly-runs", Json.createObjectBuilder().add("month", month)
                .add("customers", Json.createArrayBuilder(List.of(customers))).build().toString(), "admin", "demo"), 202);
        return answer.getJsonNumber("executionId").longValue();
    }

    private static JsonObject run(long execution) {
        return Scenario.ok(Api.get("monthly-runs/" + execution, "admin", "demo"), 200);
    }

    private static JsonObject awaitEnd(long execution) {
        await("run " + execution + " to end").atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("STARTING", "STARTED", "STOPPING").contains(run(execution).getString("status")));
        return run(execution);
    }

    /** Starts the job through the server's management API, as an operator would, with test-only parameters. */
    private long startWithParameters(Map<String, String> parameters) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("start-job");
        ModelNode address = op.get("address");
        address.add("deployment", "helpdesk.ear");
        address.add("subdeployment", "helpdesk-batch.jar");
        address.add("subsystem", "batch-jberet");
        op.get("job-xml-name").set("monthly-report");
        parameters.forEach((k, v) -> op.get("properties").get(k).set(v));
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").asLong();
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String pdfText(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                assertTrue(parts.getBodyPart(i).getContentType().startsWith("application/pdf"));
                byte[] pdf = parts.getBodyPart(i).getInputStream().readAllBytes();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(document);
                }
            }
        }
        throw new AssertionError("no PDF attached to " + mail.getSubject());
    }

    private static int archived(String code, String month) throws Exception {
        return TestDatabase.column("SELECT a.version FROM report_archive a JOIN customer c ON c.id = a.customer_id"
                + " WHERE c.code = ? AND a.report_month = ?", code, month).size();
    }

    @Test
    void aMonthWithThreeCustomersGivesThreeMailsEachWithItsOwnReport() throws Exception {
        Map<String, List<String>> calls = Map.of("MRUNA", customerWithCalls("MRUNA", "en", 1),
                "MRUNB", customerWithCalls("MRUNB", "it", 2), "MRUNC", customerWithCalls("MRUNC", "en", 3));
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            long execution = start(thisMonth(), "MRUNA", "MRUNB", "MRUNC");
            JsonObject done = awaitEnd(execution);
            assertEquals("COMPLETED", done.getString("status"), done.toString());
            assertEquals(3, done.getInt("customersTotal"));
            assertEquals(3, done.getInt("customersDone"));
            assertEquals(3, done.getInt("mailsSent"));
            for (Map.Entry<String, List<String>> customer : calls.entrySet()) {
                String code = customer.getKey();
                List<MimeMessage> mails = mailsTo(smtp, mailOf(code));
                assertEquals(1, mails.size(), code);
                String text = pdfText(mails.get(0));
                assertTrue(text.contains(code + " - " + code + " S.r.l."), text);
                for (String number : customer.getValue()) {
                    assertTrue(text.contains(number), number + " in " + text);
                }
                int n = customer.getValue().size();
                assertTrue(text.contains(code.equals("MRUNB") ? "Totale " + n + " " : "Total " + n + " "), text);
                calls.keySet().stream().filter(other -> !other.equals(code)).flatMap(o -> calls.get(o).stream())
                        .forEach(other -> assertFalse(text.contains(other), other + " in the report of " + code));
                assertEquals(1, archived(code, thisMonth()));
            }
            assertEquals("[Helpdesk] Report delle chiamate " + month.getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.ITALIAN) + " "
                    + month.getYear() + " - MRUNB S.r.l.",
                    mailsTo(smtp, mailOf("MRUNB")).get(0).getSubject());

            // The archive keeps the PDF with its checksum; a rebuild adds version 2 and mails it once more.
            JsonArray archive = Api.jsonArray(Api.get("monthly-runs/archive?month=" + thisMonth(), "admin", "demo"));
            JsonObject first = archive.getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("customer").equals("MRUNA")).findFirst().orElseThrow();
            assertEquals(64, first.getString("sha256").length());
            byte[] pdf = Api.getBytes("monthly-runs/archive/" + first.getJsonNumber("id").longValue(), "admin", "demo")
                    .body();
            assertEquals(first.getInt("size"), pdf.length);
            long resend = start(thisMonth(), "MRUNA");
            assertEquals("COMPLETED", awaitEnd(resend).getString("status"));
            assertEquals(2, archived("MRUNA", thisMonth()));
            assertEquals(2, mailsTo(smtp, mailOf("MRUNA")).size());
            assertEquals(1, mailsTo(smtp, mailOf("MRUNB")).size());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aRunThatFailsAfterTwoCustomersIsRestartedAndEveryCustomerGetsExactlyOneMail() throws Exception {
        List<String> codes = List.of("MRFA", "MRFB", "MRFC", "MRFD", "MRFE");
        for (String code : codes) {
            customerWithCalls(code, "en", 1);
        }
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            long failed = startWithParameters(Map.of("month", thisMonth(), "customers", String.join(",", codes),
                    "failAfter", "2", "itemCount", "1"));
            JsonObject first = awaitEnd(failed);
            assertEquals("FAILED", first.getString("status"), first.toString());
            assertTrue(first.getInt("customersDone") >= 2 && first.getInt("customersDone") < 5, first.toString());
            for (String code : codes) {
                assertEquals(0, mailsTo(smtp, mailOf(code)).size(), "nothing mailed before the build step ended");
            }

            long restarted = Scenario.ok(Api.post("monthly-runs/" + failed + "/restart", "{}", "admin", "demo"), 202)
                    .getJsonNumber("executionId").longValue();
            JsonObject second = awaitEnd(restarted);
            assertEquals("COMPLETED", second.getString("status"), second.toString());
            assertEquals(first.getInt("instanceId"), second.getInt("instanceId"));
            assertEquals(5, second.getInt("customersDone"));
            for (String code : codes) {
                assertEquals(1, mailsTo(smtp, mailOf(code)).size(), code);
                assertEquals(1, archived(code, thisMonth()), code);
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aRunThatFailsWhileMailingIsRestartedAndSendsOnlyWhatWasNotSent() throws Exception {
        List<String> codes = List.of("MRDA", "MRDB", "MRDC", "MRDD");
        for (String code : codes) {
            customerWithCalls(code, "it", 1);
        }
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            long failed = startWithParameters(Map.of("month", thisMonth(), "customers", String.join(",", codes),
                    "failDeliveryAfter", "2", "deliveryPartitions", "1"));
            JsonObject first = awaitEnd(failed);
            assertEquals("FAILED", first.getString("status"), first.toString());
            assertEquals(2, first.getInt("mailsSent"));
            assertEquals(2, first.getInt("mailsPending"));

            long restarted = Scenario.ok(Api.post("monthly-runs/" + failed + "/restart", "{}", "admin", "demo"), 202)
                    .getJsonNumber("executionId").longValue();
            assertEquals("COMPLETED", awaitEnd(restarted).getString("status"));
            for (String code : codes) {
                assertEquals(1, mailsTo(smtp, mailOf(code)).size(), code);
            }
            assertEquals(List.of("SENT"), TestDatabase.column("SELECT DISTINCT d.status FROM report_delivery d"
                    + " JOIN customer c ON c.id = d.customer_id WHERE c.code IN ('MRDA', 'MRDB', 'MRDC', 'MRDD')"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withTheSmtpServerDownTheFailuresAreListedAndARetryDeliversEachMailOnce() throws Exception {
        customerWithCalls("MRSMA", "en", 1);
        customerWithCalls("MRSMB", "en", 2);
        // No SMTP server listens: the run completes, the mails are FAILED with the reason.
        long execution = start(thisMonth(), "MRSMA", "MRSMB");
        JsonObject done = awaitEnd(execution);
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals("COMPLETED_WITH_FAILURES", done.getString("exitStatus"));
        assertEquals(2, done.getInt("failures"));
        List<JsonObject> failures = Api.jsonArray(Api.get("monthly-runs/failures", "admin", "demo"))
                .getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("customer").startsWith("MRSM")).toList();
        assertEquals(2, failures.size(), failures.toString());
        for (JsonObject failure : failures) {
            assertEquals(1, failure.getInt("attempts"));
            assertFalse(failure.isNull("reason") || failure.getString("reason").isBlank(), failure.toString());
            assertFalse(failure.isNull("nextAttemptAt"));
        }

        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            JsonObject retried = Scenario.ok(Api.post("monthly-runs/deliveries/retry", "{}", "admin", "demo"), 200);
            assertTrue(retried.getInt("sent") >= 2, retried.toString());
            Scenario.ok(Api.post("monthly-runs/deliveries/retry", "{}", "admin", "demo"), 200);
            assertEquals(1, mailsTo(smtp, mailOf("MRSMA")).size());
            assertEquals(1, mailsTo(smtp, mailOf("MRSMB")).size());
            assertEquals(2, run(execution).getInt("mailsSent"));
            assertTrue(Api.jsonArray(Api.get("monthly-runs/failures", "admin", "demo")).getValuesAs(JsonObject.class)
                    .stream().noneMatch(f -> f.getString("customer").startsWith("MRSM")));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void theScheduleCatchesUpTheMonthItMissedOnlyOnce() throws Exception {
        // The month most recently due: the previous one from the 1st at 02:00 in the help desk's time zone (the
        // default schedule), the one before until then; read when it cannot change during the test.
        String due = TestMonth.settled(now -> {
            LocalDateTime at = LocalDateTime.ofInstant(now, TestMonth.ZONE);
            YearMonth current = YearMonth.from(at);
            return current.minusMonths(at.isBefore(current.atDay(1).atTime(2, 0)) ? 2 : 1).toString();
        });
        JsonObject first = Scenario.ok(Api.post("monthly-runs/catch-up", "{}", "admin", "demo"), 200);
        assertEquals(due, first.getString("started"));
        JsonObject again = Scenario.ok(Api.post("monthly-runs/catch-up", "{}", "admin", "demo"), 200);
        assertTrue(again.isNull("started"), again.toString());
        List<String> execution = TestDatabase.column("SELECT job_execution_id FROM report_schedule WHERE report_month = ?",
                due);
        assertEquals(1, execution.size());
        JsonObject run = awaitEnd(Long.parseLong(execution.get(0)));
        assertEquals(due, run.getString("month"));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
    }

    @Test
    void onlyAdministratorsSeeTheRuns() {
        assertEquals(403, Api.get("monthly-runs", "operator", "demo").statusCode());
        assertEquals(401, Api.get("monthly-runs").statusCode());
        HttpAssert.problem(Api.post("monthly-runs", "{\"month\":\"2999-01\"}", "admin", "demo"), 422,
                "The month 2999-01 has not begun yet.");
        HttpAssert.problem(Api.post("monthly-runs", "{\"month\":\"" + thisMonth() + "\",\"customers\":[\"NOBODY\"]}",
                "admin", "demo"), 422, "customers: There is no customer NOBODY.");
        String manyCustomers = IntStream.range(0, 300).mapToObj(i -> "\"C" + (100_000 + i) + "\"")
                .collect(Collectors.joining(","));
        HttpAssert.problem(Api.post("monthly-runs", "{\"month\":\"" + thisMonth() + "\",\"customers\":["
                + manyCustomers + "]}", "admin", "demo"), 422, "Too many customers for one run: their codes take 2399"
                + " characters, at most 2000 fit. Start the run for every customer, or for the list in parts.");
        HttpAssert.problem(Api.post("monthly-runs", "{\"month\":\"March\"}", "admin", "demo"), 422,
                "The month 'March' is not of the form YYYY-MM, e.g. 2026-03.");
    }

    private static final class HttpAssert {
        static void problem(java.net.http.HttpResponse<String> response, int status, String detail) {
            assertEquals(status, response.statusCode(), response.body());
            assertEquals(detail, Api.json(response).getString("detail"));
        }
    }

    // ------------------------------------------------------------------------------------------- the screen

    private static final String RUN_SCREEN = "app/admin/monthly-reports.xhtml";

    @Test
    void onlyAdministratorsOpenTheScreen() {
        HttpResponse<String> anonymous = Api.get("../" + RUN_SCREEN);
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("id=\"signin:username\""), "the sign-in form");
        for (String user : List.of("operator", "programmer", "manager", "auditor")) {
            assertEquals(403, Api.get("../" + RUN_SCREEN, user, "demo").statusCode(), user);
        }
        assertEquals(200, Api.get("../" + RUN_SCREEN, "admin", "demo").statusCode());
    }

    @Test
    @Tag(Browser.TAG)
    void anAdministratorSendsOneCustomersReportAgainAndWatchsTheRunComplete() throws Exception {
        long contact = Scenario.customerWithContact("MRSCREEN", "it", "reports@mrscreen.example");
        Scenario.open("MRSCREEN", contact, "HARDWARE", "LOW", "Printer jammed");
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.go(RUN_SCREEN);
            assertAccessible(browser, "monthly reports, before any run");
            browser.type("start:month", thisMonth());
            browser.type("start:customer", "mrscreen");
            browser.click("start:resend");
            assertTrue(browser.text("messages").contains("MRSCREEN"), browser.text("messages"));
            // The newest run is the first row; the poll brings its progress until it ends.
            browser.waitForText("runs:executions:0:status", "Completed");
            browser.waitForText("runs:executions:0:done", "1 / 1");
            // The customer's mails only: the outbox may deliver other tests' retried mails to this server meanwhile.
            assertEquals(1, mailsTo(smtp, "reports@mrscreen.example").size());
            assertAccessible(browser, "monthly reports, with a run and its message shown");

            browser.type("archive:archiveMonth", thisMonth());
            browser.click("archive:show");
            browser.waitForText("archive:reports", "MRSCREEN - MRSCREEN S.r.l.");
            browser.screenshot("monthly-reports");
        } finally {
            smtp.stop();
        }
    }

    private static void assertAccessible(Browser browser, String screen) {
        List<Rule> serious = new AxeBuilder().analyze(browser.driver).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), screen + ": " + serious.stream()
                .map(v -> v.getImpact() + " " + v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}
