package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.PASSWORD;
import static org.helpdesk.systemtest.Scenario.body;
import static org.helpdesk.systemtest.Scenario.ok;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/**
 * The help desk's calendar as a test found it, put back when the test ends: other tests compute due times with it.
 * A test that changes the working hours restores them; one that closes days closes them in a year of its own (2031
 * and later, long after any ticket the tests open) and opens them again.
 */
final class TestCalendar {

    private final String week;
    private final int year;

    private TestCalendar(String week, int year) {
        this.week = week;
        this.year = year;
    }

    /** @param year the year whose days the test closes: every closed days starting in it are removed at the end */
    static TestCalendar remember(int year) {
        return new TestCalendar(calendar().getString("week"), year);
    }

    /** The working hours as they were when remembered. */
    String week() {
        return week;
    }

    /** The hours as they were, and none of the test year's closed days. */
    void restore() {
        JsonObject now = calendar();
        if (!now.getString("week").equals(week)) {
            ok(Api.put("calendar/week", body().add("version", now.getJsonNumber("version").longValue())
                    .add("week", week).build().toString(), "admin", PASSWORD), 200);
        }
        for (JsonObject closed : now.getJsonArray("closedDays").getValuesAs(JsonObject.class)) {
            if (LocalDate.parse(closed.getString("first")).getYear() == year) {
                Api.delete("calendar/closed-days/" + closed.getJsonNumber("id").longValue(), "admin", PASSWORD);
            }
        }
    }

    private static JsonObject calendar() {
        return ok(Api.get("calendar", "admin", PASSWORD), 200);
    }
}
