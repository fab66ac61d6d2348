package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.PASSWORD;
import static org.helpdesk.systemtest.Scenario.body;
import static org.helpdesk.systemtest.Scenario.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator sets the help desk's calendar over the REST API: the working hours, a local holiday, closed days
 * imported from an iCalendar file; a stale change and other roles are refused. Other tests compute due times with
 * the calendar, so each test leaves the hours as it found them and closes days in 2031 only, which it opens again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** The hours before each test, and the year whose days it closes. */
    private TestCalendar before;
    private String weekBefore;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeEach
    void rememberTheCalendar() {
        before = TestCalendar.remember(2031);
        weekBefore = before.week();
    }

    @AfterEach
    void leaveTheCalendarAsItWas() {
        before.restore();
    }

    @Test
    void theAdministratorSetsTheWorkingHoursAndEveryRoleReadsThem() throws Exception {
        long version = calendar("admin").getJsonNumber("version").longValue();

        JsonObject changed = ok(Api.put("calendar/week", body().add("version", version)
                .add("week", "mon 8:30-12:30 14:00-18:00; TUE 08:30-12:30 14:00-18:00; SAT 09:00-12:00").build()
                .toString(), "admin", PASSWORD), 200);

        String week = "MON 08:30-12:30 14:00-18:00; TUE 08:30-12:30 14:00-18:00; SAT 09:00-12:00";
        assertEquals(week, changed.getString("week"));
        assertEquals(version + 1, changed.getJsonNumber("version").longValue());
        assertEquals("admin", changed.getString("changedBy"));
        for (String user : List.of("operator", "programmer", "manager", "auditor")) {
            JsonObject read = calendar(user);
            assertEquals(week, read.getString("week"), user);
            assertEquals(Json.createObjectBuilder().add("day", "SATURDAY")
                    .add("ranges", Json.createArrayBuilder().add("09:00-12:00")).build(),
                    read.getJsonArray("days").get(5), user);
        }
        assertEquals(List.of(week), TestDatabase.column("SELECT working_hours FROM calendar_week"));
        JsonObject latest = Api.jsonArray(Api.get("calendar/changes?limit=1", "admin", PASSWORD)).getJsonObject(0);
        assertEquals("WORKING_WEEK", latest.getString("kind"));
        assertEquals("admin", latest.getString("by"));
        assertEquals(weekBefore, latest.getString("oldValue"));
        assertEquals(week, latest.getString("newValue"));

        // Day by day: a day left out has no hours.
        JsonObject byDay = ok(Api.put("calendar/week", body().add("version", version + 1)
                .add("days", Json.createArrayBuilder().add(Json.createObjectBuilder().add("day", "MONDAY")
                        .add("ranges", Json.createArrayBuilder().add("08:00-12:00").add("13:00-17:00")))
                        .add(Json.createObjectBuilder().add("day", "FRIDAY")
                                .add("ranges", Json.createArrayBuilder().add("08:00-12:00"))))
                .build().toString(), "admin", PASSWORD), 200);
        assertEquals("MON 08:00-12:00 13:00-17:00; FRI 08:00-12:00", byDay.getString("week"));
    }

    @Test
    void theClocksCountWithEachChangeAsSoonAsItIsSaved() {
        long version = calendar("admin").getJsonNumber("version").longValue();
        assertEquals(Json.createObjectBuilder().add("date", "2031-04-14").add("working", false)
                .add("hours", JsonValue.EMPTY_JSON_ARRAY).add("closedBecause", "holiday.easterMonday").build(),
                day("2031-04-14"));

        ok(Api.put("calendar/week", body().add("version", version).add("week", "TUE 08:00-12:00 13:00-17:00")
                .build().toString(), "admin", PASSWORD), 200);
        assertEquals(Json.createArrayBuilder().add("08:00-12:00").add("13:00-17:00").build(),
                day("2031-06-24").getJsonArray("hours"), "a Tuesday");
        assertEquals(false, day("2031-06-23").getBoolean("working"), "a Monday, without hours now");

        long id = ok(Api.post("calendar/closed-days", body().add("first", "2031-06-24").add("name", "San Giovanni")
                .build().toString(), "admin", PASSWORD), 201).getJsonNumber("id").longValue();
        JsonObject closed = day("2031-06-24");
        assertEquals(false, closed.getBoolean("working"));
        assertEquals("San Giovanni", closed.getString("closedBecause"));

        assertEquals(204, Api.delete("calendar/closed-days/" + id, "admin", PASSWORD).statusCode());
        assertEquals(true, day("2031-06-24").getBoolean("working"));
        assertEquals(400, Api.get("calendar/days/2031-02-30", "operator", PASSWORD).statusCode());
    }

    @Test
    void anOpenTicketsDueTimeFollowsTheNewHoursOnItsScreenAtOnceAndInTheListsOnceReplayed() throws Exception {
        long contact = Scenario.customerWithContact("CALCLOCK", "en", "desk@calclock.example");
        String number = Scenario.open("CALCLOCK", contact, "HARDWARE", "AVERAGE", "Scanner offline")
                .getString("number");
        JsonObject before = takingCharge(number);
        assertEquals("BUSINESS_HOURS", before.getString("clockMode"), "Average counts business hours");
        // One hour a week, three days from now: the two hours of an Average call end a week later at the earliest.
        DayOfWeek day = LocalDate.now(ROME).plusDays(3).getDayOfWeek();
        long version = calendar("admin").getJsonNumber("version").longValue();
        ok(Api.put("calendar/week", body().add("version", version).add("week", day.name().substring(0, 3)
                + " 09:00-10:00").build().toString(), "admin", PASSWORD), 200);

        Instant due = Instant.parse(takingCharge(number).getString("dueAt"));

        assertTrue(due.isAfter(Instant.parse(before.getString("dueAt")).plus(Duration.ofDays(5))), due.toString());
        assertEquals(day, due.atZone(ROME).getDayOfWeek());
        assertEquals(LocalTime.of(10, 0), due.atZone(ROME).toLocalTime());
        await("the ticket's row replayed with the new hours").atMost(Duration.ofSeconds(60))
                .until(() -> !TestDatabase.column("SELECT number FROM service_ticket WHERE number = ? AND NOT"
                        + " clocks_stale AND taking_charge_due_at = ?", number, due.atOffset(ZoneOffset.UTC))
                        .isEmpty());
    }

    @Test
    void aStaleChangeOfTheHoursIsRefusedNamingWhoChangedThemAndWhen() {
        long version = calendar("admin").getJsonNumber("version").longValue();
        ok(Api.put("calendar/week", body().add("version", version).add("week", "MON 09:00-17:00").build()
                .toString(), "admin", PASSWORD), 200);

        HttpResponse<String> stale = Api.put("calendar/week", body().add("version", version)
                .add("week", "MON 10:00-16:00").build().toString(), "admin", PASSWORD);

        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(Api.json(stale).getString("detail").matches("The working week was changed by admin at"
                + " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Europe/Rome after you opened it: nothing was saved\\."
                + " Reload it and try again\\."), stale.body());
        assertEquals("MON 09:00-17:00", calendar("admin").getString("week"));
        HttpResponse<String> never = Api.put("calendar/week", body().add("version", version + 9)
                .add("week", "MON 10:00-16:00").build().toString(), "admin", PASSWORD);
        assertEquals(422, never.statusCode(), never.body());
        assertEquals("The working week has no version " + (version + 9) + ": its current version is " + (version + 1)
                + ". Reload it and try again.", Api.json(never).getString("detail"));
        HttpResponse<String> overlapping = Api.put("calendar/week", body().add("version", version + 1)
                .add("week", "MON 09:00-13:00 12:00-18:00").build().toString(), "admin", PASSWORD);
        assertEquals(422, overlapping.statusCode(), overlapping.body());
        assertEquals("The working hours of Monday overlap: 09:00-13:00 and 12:00-18:00.",
                Api.json(overlapping).getString("detail"));
    }

    @Test
    void aLocalHolidayIsAddedListedAndRemovedAndEachStepIsJournalled() {
        JsonObject added = ok(Api.post("calendar/closed-days", body().add("first", "2031-06-24")
                .add("name", "San Giovanni").build().toString(), "admin", PASSWORD), 201);

        assertEquals("2031-06-24", added.getString("last"));
        assertEquals("admin", added.getString("addedBy"));
        long id = added.getJsonNumber("id").longValue();
        assertTrue(closedDays("operator").contains(added), closedDays("operator").toString());
        HttpResponse<String> twice = Api.post("calendar/closed-days", body().add("first", "2031-06-24")
                .add("last", "2031-06-24").add("name", "Patron saint").build().toString(), "admin", PASSWORD);
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals("The days from 2031-06-24 to 2031-06-24 are closed already: San Giovanni.",
                Api.json(twice).getString("detail"));

        assertEquals(204, Api.delete("calendar/closed-days/" + id, "admin", PASSWORD).statusCode());
        assertEquals(404, Api.delete("calendar/closed-days/" + id, "admin", PASSWORD).statusCode());
        assertTrue(!closedDays("admin").contains(added));
        JsonArray changes = Api.jsonArray(Api.get("calendar/changes?limit=2", "auditor", PASSWORD));
        assertEquals("CLOSED_DAYS_REMOVED", changes.getJsonObject(0).getString("kind"));
        assertEquals("2031-06-24 San Giovanni", changes.getJsonObject(0).getString("oldValue"));
        assertEquals("CLOSED_DAYS_ADDED", changes.getJsonObject(1).getString("kind"));
        assertEquals("2031-06-24 San Giovanni", changes.getJsonObject(1).getString("newValue"));
    }

    @Test
    void theNationalHolidaysOfAYearAreListed() {
        JsonObject calendar = ok(Api.get("calendar?year=2031", "operator", PASSWORD), 200);

        assertEquals(2031, calendar.getInt("year"));
        assertTrue(calendar.getJsonArray("holidays").contains(Json.createObjectBuilder().add("date", "2031-04-14")
                .add("code", "holiday.easterMonday").add("name", "Easter Monday").build()), calendar.toString());
        assertEquals(13, calendar.getJsonArray("holidays").size());
        HttpResponse<String> unreadable = Api.get("calendar?year=MMXXXI", "operator", PASSWORD);
        assertEquals(400, unreadable.statusCode());
        assertEquals("'year' must be a year from 1900 to 2999, not 'MMXXXI'.", Api.json(unreadable)
                .getString("detail"));
    }

    @Test
    void anICalendarFileClosesItsDaysOnceAndABrokenOneClosesNothing() {
        String file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Holidays//IT\r\n"
                + "BEGIN:VEVENT\r\nUID:summer-2031@example\r\nDTSTART;VALUE=DATE:20310811\r\n"
                + "DTEND;VALUE=DATE:20310823\r\nSUMMARY:Chiusura estiva\\, magazzino \r\n e uffici\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART:20311224T090000\r\nSUMMARY:Vigilia\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        JsonObject imported = ok(Api.post("calendar/closed-days/import", bytes(file), "text/calendar", "admin",
                PASSWORD), 200);

        assertEquals(2, imported.getInt("added"));
        assertEquals(0, imported.getInt("duplicates"));
        List<String> closed = closedDays("admin").stream()
                .map(c -> c.getString("first") + ".." + c.getString("last") + " " + c.getString("name")).toList();
        assertTrue(closed.containsAll(List.of("2031-08-11..2031-08-22 Chiusura estiva, magazzino e uffici",
                "2031-12-24..2031-12-24 Vigilia")), closed.toString());
        assertEquals("CLOSED_DAYS_IMPORTED", Api.jsonArray(Api.get("calendar/changes?limit=1", "admin", PASSWORD))
                .getJsonObject(0).getString("kind"));

        JsonObject again = ok(Api.post("calendar/closed-days/import", bytes(file), "text/calendar; charset=utf-8",
                "admin", PASSWORD), 200);
        assertEquals(0, again.getInt("added"));
        assertEquals(2, again.getInt("duplicates"));

        String broken = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20311101\nSUMMARY:Fine\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20311102\nEND:VEVENT\nEND:VCALENDAR\n";
        HttpResponse<String> refused = Api.post("calendar/closed-days/import", bytes(broken), "text/calendar",
                "admin", PASSWORD);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("The event at line 6 of the file has no name (SUMMARY).", Api.json(refused).getString("detail"));
        assertEquals(closed.size(), closedDays("admin").size(), "nothing of the broken file was added");

        byte[] large = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        HttpResponse<String> tooLarge = Api.post("calendar/closed-days/import", large, "text/calendar", "admin",
                PASSWORD);
        assertEquals(422, tooLarge.statusCode(), tooLarge.body());
        assertTrue(Api.json(tooLarge).getString("detail").startsWith("The file is larger than 1 MB"));
        assertEquals(415, Api.post("calendar/closed-days/import", bytes(file), "text/plain", "admin", PASSWORD)
                .statusCode());
    }

    @Test
    void onlyTheAdministratorChangesTheCalendar() {
        long version = calendar("admin").getJsonNumber("version").longValue();
        String week = body().add("version", version).add("week", "MON 09:00-10:00").build().toString();
        String holiday = body().add("first", "2031-12-07").add("name", "Sant'Ambrogio").build().toString();

        for (String user : List.of("operator", "programmer", "manager", "auditor")) {
            assertEquals(403, Api.put("calendar/week", week, user, PASSWORD).statusCode(), user);
            assertEquals(403, Api.post("calendar/closed-days", holiday, user, PASSWORD).statusCode(), user);
            assertEquals(403, Api.delete("calendar/closed-days/1", user, PASSWORD).statusCode(), user);
            assertEquals(403, Api.post("calendar/closed-days/import", bytes("BEGIN:VCALENDAR\nEND:VCALENDAR\n"),
                    "text/calendar", user, PASSWORD).statusCode(), user);
        }
        assertEquals(403, Api.get("calendar/changes", "operator", PASSWORD).statusCode());
        assertEquals(weekBefore, calendar("admin").getString("week"));
        assertTrue(closedDays("admin").stream().noneMatch(c -> c.getString("first").equals("2031-12-07")));
        assertEquals(401, Api.get("calendar").statusCode());
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject calendar(String user) {
        return ok(Api.get("calendar", user, PASSWORD), 200);
    }

    /** The ticket's taking-charge milestone, its clock replayed with the calendar in force. */
    private static JsonObject takingCharge(String number) {
        return Scenario.get("service-tickets/" + number).getJsonArray("milestones").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("milestone").equals("TAKING_CHARGE")).findFirst().orElseThrow();
    }

    /** The day as the clocks count it. */
    private static JsonObject day(String date) {
        return ok(Api.get("calendar/days/" + date, "operator", PASSWORD), 200);
    }

    private static List<JsonObject> closedDays(String user) {
        return calendar(user).getJsonArray("closedDays").getValuesAs(JsonObject.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
