package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Days and months are the help desk's (Europe/Rome on the test server), not UTC's: what happens in the first hour or
 * two after midnight in Rome, still the day before in UTC, belongs to Rome's day and month. Where the server would
 * use the time of the request, the test backdates its own rows by SQL to 1 April 2026 00:30 in Rome
 * (2026-03-31T22:30Z).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpDeskMonthsIT {

    /** 1 April 2026 00:30 in Rome (summer time since 29 March); 31 March 22:30 in UTC. */
    private static final Instant APRIL_FIRST_HALF_PAST_MIDNIGHT = Instant.parse("2026-03-31T22:30:00Z");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void theHoursAgreedAtAClosureAreDatedOnTheHelpDesksDayOfTheClosure() {
        JsonObject closed = closedWithHours("ZONECLOSE", "zone@close.example", "Marta", 30);

        Instant closedAt = Instant.parse(closed.getJsonObject("closure").getString("closedAt"));
        JsonObject entry = closureEntry(closed.getString("number"), "Marta");
        assertEquals(LocalDate.ofInstant(closedAt, TestMonth.ZONE).toString(), entry.getString("workDate"),
                "dated on Rome's day of the closure at " + closedAt);
        assertEquals(30, entry.getInt("minutes"));
    }

    @Test
    void hoursAgreedAtHalfPastMidnightOnAprilFirstInRomeAreInAprilsStatementNotInMarchs() throws Exception {
        JsonObject closed = closedWithHours("ZONESTMT", "zone@statement.example", "Paolo", 45);
        String number = closed.getString("number");
        long entry = closureEntry(number, "Paolo").getJsonNumber("id").longValue();
        // The closure agreed at 00:30 on 1 April in Rome, its hours dated as the server dates them: on Rome's day.
        Timestamp at = Timestamp.from(APRIL_FIRST_HALF_PAST_MIDNIGHT);
        assertEquals(1, TestDatabase.update("UPDATE service_ticket SET closed_at = ? WHERE number = ?", at, number));
        assertEquals(1, TestDatabase.update("UPDATE time_entry SET recorded_at = ?, work_date = ? WHERE id = ?", at,
                java.sql.Date.valueOf("2026-04-01"), entry));

        List<List<String>> march = entries(statement("2026-03-01", "2026-03-31", "ZONESTMT"));
        List<List<String>> april = entries(statement("2026-04-01", "2026-04-30", "ZONESTMT"));

        assertEquals(List.of(), march, "March's statement has none of the hours of 1 April in Rome");
        assertEquals(1, april.size(), april.toString());
        assertEquals(number, april.get(0).get(3));
        assertEquals("2026-04-01", april.get(0).get(7));
        assertEquals("45", april.get(0).get(8));
    }

    @Test
    void aStatementSaysWhenItWasProducedOnTheHelpDesksClock() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        List<String> lines = statement("2026-04-01", "2026-04-30", null).lines().toList();

        OffsetDateTime produced = OffsetDateTime.parse(fields(lines.get(2)).get(1));
        assertEquals(TestMonth.ZONE.getRules().getOffset(produced.toInstant()), produced.getOffset(), lines.get(2));
        assertFalse(produced.toInstant().isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                lines.get(2));
    }

    @Test
    void aCallOpenedAtHalfPastMidnightOnAprilFirstInRomeIsInAprilsMonthlyReportNotInMarchs() throws Exception {
        long contact = Scenario.customerWithContact("ZONEREPORT", "en", "zone@report.example");
        String number = Scenario.open("ZONEREPORT", contact, "HARDWARE", "LOW", "Scanner offline at night")
                .getString("number");
        backdateOpening(number, APRIL_FIRST_HALF_PAST_MIDNIGHT);

        String march = reportText("ZONEREPORT", "2026-03");
        String april = reportText("ZONEREPORT", "2026-04");

        assertTrue(march.contains("No calls were received this month."), march);
        assertFalse(march.contains(number), march);
        assertTrue(april.contains(number), april);
        assertTrue(april.contains("1 Apr 2026"), "the call is dated 1 April: " + april);
    }

    @Test
    @Tag(Browser.TAG)
    void theDashboardCountsTheCallsOpenedInTheHelpDesksMonth() {
        YearMonth month = TestMonth.current();
        Instant monthStart = month.atDay(1).atStartOfDay(TestMonth.ZONE).toInstant();
        long contact = Scenario.customerWithContact("ZONEDASH", "en", "zone@dashboard.example");
        String justAfter = Scenario.open("ZONEDASH", contact, "HARDWARE", "SECONDARY", "Opened after midnight")
                .getString("number");
        String justBefore = Scenario.open("ZONEDASH", contact, "HARDWARE", "SECONDARY", "Opened before midnight")
                .getString("number");

        try (Browser browser = Browser.open()) {
            browser.signIn("manager");
            long now = secondaryCalls(browser, month);
            // 00:30 on the 1st in Rome, still the month before in UTC: stays in the month. 23:30 on the last day of
            // the month before in Rome: leaves it.
            backdateOpening(justAfter, monthStart.plus(Duration.ofMinutes(30)));
            backdateOpening(justBefore, monthStart.minus(Duration.ofMinutes(30)));

            assertEquals(now - 1, secondaryCalls(browser, month));
        }
    }

    /** A new customer's ticket taken in charge, resolved, verified and closed with {@code minutes} agreed. */
    private static JsonObject closedWithHours(String customer, String email, String agreedWith, int minutes) {
        long contact = Scenario.customerWithContact(customer, "en", email);
        JsonObject t = Scenario.open(customer, contact, "HARDWARE", "LOW", "Printer offline");
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));
        return Scenario.service(t, "closure", body().add("agreedWith", agreedWith).add("how", "PHONE")
                .add("minutesSpent", minutes));
    }

    /** The ticket's time entry of the hours agreed at its closure, as the API lists it. */
    private static JsonObject closureEntry(String number, String agreedWith) {
        List<JsonObject> found = Api.jsonArray(Api.get("service-tickets/" + number + "/time-entries", "operator",
                Scenario.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("activity").equals("Hours agreed at closure with " + agreedWith)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /** The ticket opened at {@code at}, as if the call had come then (the server opens it at the request's time). */
    private static void backdateOpening(String number, Instant at) {
        try {
            assertEquals(1, TestDatabase.update("UPDATE service_ticket SET opened_at = ?, last_modified_at = ?"
                    + " WHERE number = ?", Timestamp.from(at), Timestamp.from(at), number));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String statement(String from, String to, String customer) throws Exception {
        HttpResponse<byte[]> csv = ReportsIT.download("statements?from=" + from + "&to=" + to
                + (customer == null ? "" : "&customer=" + customer), "text/csv", "auditor");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(200, csv.statusCode(), text);
        return text;
    }

    /** The ENTRY lines of a statement, each as its fields. */
    private static List<List<String>> entries(String csv) {
        List<List<String>> entries = new ArrayList<>();
        for (String line : csv.lines().toList()) {
            List<String> fields = fields(line);
            if (fields.get(0).equals("ENTRY")) {
                entries.add(fields);
            }
        }
        return entries;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String part : line.replaceFirst("^\uFEFF", "").split("\",\"", -1)) {
            fields.add(part.replace("\"", ""));
        }
        return fields;
    }

    private static String reportText(String customer, String month) throws Exception {
        HttpResponse<byte[]> pdf = ReportsIT.download("reports/monthly/" + customer + "?month=" + month,
                "application/pdf", "auditor");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replace("\n", " ");
        }
    }

    /**
     * The dashboard's count of Secondary calls in {@code month}, the month it shows: the last of its rows, High to
     * Secondary (labelled in the user's language).
     */
    private static long secondaryCalls(Browser browser, YearMonth month) {
        browser.go("app/dashboard.xhtml");
        WebElement table = browser.element("severityTable");
        assertEquals(month.toString(), table.findElement(By.tagName("caption")).getText());
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(4, rows.size(), table.getText());
        return Long.parseLong(rows.get(3).findElements(By.tagName("td")).get(1).getText());
    }
}
