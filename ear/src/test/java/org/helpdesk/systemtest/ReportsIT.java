package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Monthly reports, hours-spent statements and month close, checked against the database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    static HttpResponse<byte[]> download(String path, String accept, String user) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(Api.BASE.resolve(path)).header("Accept", accept)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject log(JsonObject ticket, String day, int minutes) {
        return Scenario.ok(Api.post("service-tickets/" + ticket.getString("number") + "/time-entries", body()
                .add("workDate", day).add("minutes", minutes).add("activity", "Analysis").add("level", "HELP_DESK")
                .build().toString(), "operator", "demo"), 201);
    }

    private static long sumInDatabase(String customer, String from, String to) throws Exception {
        return Long.parseLong(TestDatabase.column("SELECT COALESCE(SUM(e.minutes), 0) FROM time_entry e"
                + " JOIN service_ticket t ON t.id = e.service_ticket_id JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.code = ? AND e.work_date BETWEEN ? AND ?", customer, java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to)).get(0));
    }

    @Test
    void theStatementTotalsEqualTheTimeEntriesInEveryFormat() throws Exception {
        long contact = Scenario.customerWithContact("RPTAUDIT", "en", "anna@audited.example");
        JsonObject ticket = Scenario.open("RPTAUDIT", contact, "SOFTWARE_BUG", "HIGH", "Statement check");
        log(ticket, "2026-02-03", 45);
        JsonObject wrong = log(ticket, "2026-02-04", 70);
        log(ticket, "2026-02-05", 30);
        Scenario.ok(Api.post("time-entries/" + wrong.getJsonNumber("id").longValue() + "/reversal",
                body().add("reason", "Wrong ticket").build().toString(), "operator", "demo"), 201);
        long expected = sumInDatabase("RPTAUDIT", "2026-02-01", "2026-02-28");
        assertEquals(75, expected);
        String query = "statements?from=2026-02-01&to=2026-02-28&customer=RPTAUDIT";

        HttpResponse<byte[]> csv = download(query, "text/csv", "auditor");
        assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
        long sum = 0;
        int reversals = 0;
        for (String line : new String(csv.body(), StandardCharsets.UTF_8).lines().toList()) {
            List<String> fields = fields(line);
            if (fields.get(0).equals("ENTRY")) {
                sum += Long.parseLong(fields.get(8));
                reversals += fields.get(5).isEmpty() ? 0 : 1;
            } else if (fields.get(0).equals("TOTAL")) {
                assertEquals(String.valueOf(expected), fields.get(8));
            }
        }
        assertEquals(expected, sum);
        assertEquals(1, reversals);

        HttpResponse<byte[]> pdf = download(query, "application/pdf", "auditor");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertTrue(text.contains("4 time entries, total 1:15 (75 min)"), text);
            assertTrue(text.contains("reversal of #" + wrong.getJsonNumber("id")), text);
        }
        HttpResponse<byte[]> xlsx = download(query,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "admin");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            long entries = 0;
            Double total = null;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                var minutes = row.getCell(9);
                if (minutes == null) {
                    continue;
                }
                if (minutes.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && "RPTAUDIT".equals(String.valueOf(row.getCell(0)))) {
                    entries += (long) minutes.getNumericCellValue();
                } else if (minutes.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        && row.getCell(8).getStringCellValue().startsWith("4 time entries")) {
                    total = minutes.getNumericCellValue();
                }
            }
            assertEquals(expected, entries, "the entries' minutes add up in the spreadsheet");
            assertEquals(Double.valueOf(expected), total, "the total is a number");
        }
    }

    @Test
    void aClosedMonthRefusesTimeAndItsStatementIsReproducible() throws Exception {
        long contact = Scenario.customerWithContact("RPTCLOSE", "en", "carl@closing.example");
        JsonObject ticket = Scenario.open("RPTCLOSE", contact, "HARDWARE", "LOW", "Month close");
        JsonObject entry = log(ticket, "2025-01-15", 60);
        String query = "statements?from=2025-01-01&to=2025-01-31&customer=RPTCLOSE";
        String before = checksum(download(query, "text/csv", "auditor"));

        assertEquals(403, Api.post("month-closes", "{\"month\":\"2025-01\"}", "auditor", "demo").statusCode());
        Scenario.ok(Api.post("month-closes", "{\"month\":\"2025-01\"}", "admin", "demo"), 201);

        HttpResponse<String> refused = Api.post("service-tickets/" + ticket.getString("number") + "/time-entries",
                body().add("workDate", "2025-01-20").add("minutes", 10).add("activity", "Late").build().toString(),
                "operator", "demo");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(Api.json(refused).getString("detail").contains("2025-01 is closed"), refused.body());
        JsonObject reversal = Scenario.ok(Api.post("time-entries/" + entry.getJsonNumber("id") + "/reversal",
                body().add("reason", "Not our hardware").build().toString(), "operator", "demo"), 201);
        assertTrue(!reversal.getString("workDate").startsWith("2025-01"), reversal.toString());

        assertEquals(before, checksum(download(query, "text/csv", "auditor")));
        assertEquals(60, sumInDatabase("RPTCLOSE", "2025-01-01", "2025-01-31"));
    }

    @Test
    void badRequestsGetAClearMessageAndNoFile() throws Exception {
        assertProblem(download("statements?from=2026-03-31&to=2026-03-01", "text/csv", "auditor"), 422, "inverted");
        assertProblem(download("statements?from=2020-01-01&to=2026-01-01", "text/csv", "auditor"), 422, "at most");
        assertProblem(download("statements?from=2026-03-01&to=2026-03-31&customer=NOBODY", "application/pdf",
                "auditor"), 422, "customer: There is no customer NOBODY.");
        assertProblem(download("statements?to=2026-03-31", "text/csv", "auditor"), 400, "'from' is required");
        assertProblem(download("reports/monthly/NOBODY?month=2026-03", "application/pdf", "auditor"), 404,
                "There is no customer NOBODY.");
        assertEquals(403, download("statements?from=2026-03-01&to=2026-03-31", "text/csv", "operator").statusCode());
    }

    @Test
    void theAuditorReadsButEveryWriteIsRefused() throws Exception {
        long contact = Scenario.customerWithContact("RPTREAD", "en", "rita@readonly.example");
        JsonObject ticket = Scenario.open("RPTREAD", contact, "HARDWARE", "LOW", "Auditor writes");
        JsonObject entry = log(ticket, "2026-02-10", 20);
        String number = ticket.getString("number");
        assertEquals(403, Api.post("service-tickets/" + number + "/time-entries", body().add("workDate", "2026-02-11")
                .add("minutes", 5).add("activity", "x").build().toString(), "auditor", "demo").statusCode());
        assertEquals(403, Api.post("time-entries/" + entry.getJsonNumber("id") + "/reversal",
                body().add("reason", "x").build().toString(), "auditor", "demo").statusCode());
        assertEquals(403, Api.post("month-closes", "{\"month\":\"2024-01\"}", "auditor", "demo").statusCode());
        assertEquals(403, Api.post("service-tickets/" + number + "/comments", body().add("visibility", "INTERNAL")
                .add("text", "x").build().toString(), "auditor", "demo").statusCode());
        assertEquals(200, Api.get("month-closes", "auditor", "demo").statusCode());
    }

    @Test
    void anItalianCustomerGetsItalianLabelsAndTheSeveritySummaryMatchesTheTickets() throws Exception {
        YearMonth month = TestMonth.current();
        long contact = Scenario.customerWithContact("RPTITALIA", "it", "mario@rossi.example");
        Scenario.open("RPTITALIA", contact, "SOFTWARE_BUG", "HIGH", "Le fatture non si stampano");
        Scenario.open("RPTITALIA", contact, "HARDWARE", "HIGH", "Stampante guasta");
        Scenario.open("RPTITALIA", contact, "SOFTWARE_NEW_REQUEST", "LOW", "Nuovo report");
        List<String> high = TestDatabase.column("SELECT COUNT(*) FROM service_ticket t JOIN customer c"
                + " ON c.id = t.customer_id WHERE c.code = 'RPTITALIA' AND t.severity = 'HIGH'");

        HttpResponse<byte[]> pdf = download("reports/monthly/RPTITALIA?month=" + month, "application/pdf", "auditor");

        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Report mensile delle chiamate"), text);
            assertTrue(text.contains("Alta " + high.get(0) + " 0 " + high.get(0)), text);
            assertTrue(text.contains("Totale 3 0 3"), text);
            assertTrue(text.contains("Nessun questionario finora"), text);
            // Page one: the month against the month before (a new customer: nothing then) and six months of bars.
            assertTrue(text.contains("Il mese in sintesi"), text);
            assertTrue(text.contains("Chiamate ricevute 3 0 +3"), text);
            assertTrue(text.contains("Chiamate del mese già chiuse 0 0 0"), text);
            assertTrue(text.contains("Ticket di programmazione ancora aperti 0 0 0"), text);
        }
    }

    @Test
    void agreeingTheClosureIsTheFirstFeedbackOnTheTicketAndInTheMonthlyReport() throws Exception {
        YearMonth month = TestMonth.current();
        long contact = Scenario.customerWithContact("RPTFEEDBACK", "en", "fiona@feedback.example");
        JsonObject t = Scenario.open("RPTFEEDBACK", contact, "HARDWARE", "SECONDARY", "Mouse wheel stuck");
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));
        t = Scenario.service(t, "closure", body().add("agreedWith", "Fiona").add("how", "PHONE")
                .add("minutesSpent", 5));

        JsonObject firstFeedback = t.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("milestone").equals("FIRST_FEEDBACK")).findFirst().orElseThrow();
        assertEquals("MET", firstFeedback.getString("status"), "no reply was written: the closure was the contact");
        assertEquals(t.getJsonObject("closure").getString("closedAt"), firstFeedback.getString("reachedAt"));
        assertEquals(List.of("true"), TestDatabase.column("SELECT CASE WHEN first_feedback_at = closed_at THEN 'true'"
                + " ELSE 'false' END FROM service_ticket WHERE number = ?", t.getString("number")));

        HttpResponse<byte[]> pdf = download("reports/monthly/RPTFEEDBACK?month=" + month, "application/pdf",
                "auditor");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertTrue(text.contains("First feedback Secondary 1 "), "reached, as on the ticket: " + text);
            assertTrue(text.matches("(?s).*First feedback Secondary 1 \\d+ min \\d+ min 100%.*"),
                    "within target, as on the ticket: " + text);
        }
    }

    @Test
    void theReportAndStatementPdfsPassQpdfCheck() throws Exception {
        YearMonth month = TestMonth.current();
        for (String query : List.of("reports/monthly/ROSSI?month=" + month,
                "statements?from=" + month.minusMonths(3).atDay(1) + "&to=" + month.atEndOfMonth())) {
            HttpResponse<byte[]> pdf = download(query, "application/pdf", "auditor");
            assertEquals(200, pdf.statusCode(), query);
            Path file = Files.createTempFile("helpdesk-", ".pdf");
            try {
                Files.write(file, pdf.body());
                Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
                String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, qpdf.waitFor(), query + ": " + output);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String detail) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertTrue(body.contains(detail), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"), body);
    }

    private static String checksum(HttpResponse<byte[]> csv) {
        assertEquals(200, csv.statusCode());
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        return fields(lines.get(lines.size() - 1)).get(1);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String part : line.replaceFirst("^\uFEFF", "").split("\",\"", -1)) {
            fields.add(part.replace("\"", ""));
        }
        return fields;
    }
}
