package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduling by the programming managers, reassignment, reopening, corrections of hours, milestone targets. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondLevelAndCorrectionsIT {

    private static long contact;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void customer() {
        contact = Scenario.customerWithContact("CORRECTIONS", "en", "sam@corrections.example");
    }

    @Test
    void aManagerSchedulesAndAssignsANonBlockingProgrammingTicket() throws Exception {
        JsonObject p = escalated("AVERAGE");
        String planned = LocalDate.now().plusDays(14).toString();

        assertEquals(403, Scenario.act(p, "programming-tickets", "schedule", body().add("plannedDate", planned),
                "programmer").statusCode());
        p = Scenario.programming(p, "schedule", body().add("plannedDate", planned).add("plannedRelease", "2026.4"),
                "manager");
        p = Scenario.programming(p, "assignment", body().add("programmer", "programmer"), "manager");

        assertEquals("SCHEDULED", p.getString("state"));
        assertEquals("programmer", p.getString("assignedProgrammer"));
        assertEquals(List.of("SCHEDULED|" + planned + "|2026.4|programmer"), TestDatabase.column(
                "SELECT state || '|' || planned_date || '|' || planned_release || '|' || assigned_programmer"
                        + " FROM programming_ticket WHERE number = ?", p.getString("number")));
        HttpResponse<String> notAProgrammer = Scenario.act(p, "programming-tickets", "assignment",
                body().add("programmer", "auditor"), "manager");
        assertEquals(422, notAProgrammer.statusCode(), notAProgrammer.body());
    }

    @Test
    void aStaleChangeOfAProgrammingTicketNamesWhoChangedItAndWhen() {
        JsonObject p = escalated("AVERAGE");
        Scenario.programming(p, "assignment", body().add("programmer", "programmer"), "manager");

        HttpResponse<String> stale = Scenario.act(p, "programming-tickets", "start", body(), "programmer");

        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(Api.json(stale).getString("detail").matches("Programming ticket " + p.getString("number")
                + " was changed by manager at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} Europe/Rome after you opened it:"
                + " nothing was saved\\. Reload it and try again\\."), stale.body());
    }

    @Test
    void aBlockingProgrammingTicketIsNotScheduled() {
        JsonObject p = escalated("HIGH");

        HttpResponse<String> response = Scenario.act(p, "programming-tickets", "schedule",
                body().add("plannedRelease", "2026.9"), "manager");

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(Api.json(response).getString("detail").contains("High"), response.body());
    }

    @Test
    void programmingTicketsTakeInternalNotesOnly() {
        JsonObject p = escalated("LOW");
        String path = "programming-tickets/" + p.getString("number") + "/comments";

        assertEquals(201, Api.post(path, body().add("visibility", "INTERNAL").add("text", "Reproduced on 5.1")
                .build().toString(), "programmer", "demo").statusCode());
        assertEquals(422, Api.post(path, body().add("visibility", "CUSTOMER").add("text", "Hello customer")
                .build().toString(), "programmer", "demo").statusCode());
    }

    @Test
    void anOperatorLogsTimeOnAProgrammingTicketAsHelpDeskTime() throws Exception {
        JsonObject p = escalated("LOW");
        String path = "programming-tickets/" + p.getString("number") + "/time-entries";
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Rome")).toString();

        JsonObject operator = Scenario.ok(Api.post(path, body().add("workDate", today).add("minutes", 25)
                .add("activity", "Reproduced the bug with the customer").build().toString(), "operator", "demo"), 201);
        JsonObject programmer = Scenario.ok(Api.post(path, body().add("workDate", today).add("minutes", 40)
                .add("activity", "Fixed the rounding").build().toString(), "programmer", "demo"), 201);

        assertEquals("HELP_DESK", operator.getString("level"));
        assertEquals("PROGRAMMING", programmer.getString("level"));
        assertEquals(List.of("operator|25|HELP_DESK", "programmer|40|PROGRAMMING"), TestDatabase.column(
                "SELECT e.staff_username || '|' || e.minutes || '|' || e.level FROM time_entry e"
                        + " JOIN programming_ticket p ON p.id = e.programming_ticket_id WHERE p.number = ?"
                        + " ORDER BY e.id", p.getString("number")));
        assertEquals(403, Api.post(path, body().add("workDate", today).add("minutes", 5).add("activity", "Read it")
                .build().toString(), "auditor", "demo").statusCode());
    }

    @Test
    void aWrongTimeEntryIsCorrectedByAReversalAndNeverDeleted() throws Exception {
        JsonObject t = Scenario.open("CORRECTIONS", contact, "HARDWARE", "LOW", "Dock station");
        t = Scenario.service(t, "take-charge", body());
        JsonObject entry = Scenario.ok(Api.post("service-tickets/" + t.getString("number") + "/time-entries",
                body().add("workDate", LocalDate.now().toString()).add("minutes", 45).add("activity", "Wrong ticket")
                        .build().toString(), "operator", "demo"), 201);
        long id = entry.getJsonNumber("id").longValue();

        JsonObject reversal = Scenario.ok(Api.post("time-entries/" + id + "/reversal",
                body().add("reason", "logged on the wrong ticket").build().toString(), "operator", "demo"), 201);
        HttpResponse<String> again = Api.post("time-entries/" + id + "/reversal",
                body().add("reason", "twice").build().toString(), "operator", "demo");

        assertEquals(-45, reversal.getInt("minutes"));
        assertEquals(id, reversal.getJsonNumber("reverses").longValue());
        assertEquals(422, again.statusCode(), again.body());
        assertEquals(List.of("45", "-45"), TestDatabase.column("SELECT minutes FROM time_entry WHERE id IN (?, ?)"
                + " ORDER BY id", id, reversal.getJsonNumber("id").longValue()));
        assertEquals(0, Scenario.get("service-tickets/" + t.getString("number")).getJsonObject("hours")
                .getInt("helpDeskMinutes"));
        assertEquals(List.of("-45"), TestDatabase.column("SELECT new_value FROM audit_event WHERE ticket_number = ?"
                + " AND field = 'time' AND old_value = '45'", t.getString("number")));
        assertEquals(403, Api.post("time-entries/" + id + "/reversal", body().add("reason", "audit").build()
                .toString(), "auditor", "demo").statusCode());
    }

    @Test
    void aTicketIsReassignedOnlyToAnOperatorAndReopenedWithAReason() throws Exception {
        JsonObject t = Scenario.open("CORRECTIONS", contact, "HARDWARE", "LOW", "Printer jam");
        t = Scenario.service(t, "take-charge", body());
        HttpResponse<String> toProgrammer = Scenario.act(t, "service-tickets", "assignment",
                body().add("operator", "programmer"), "operator");
        assertEquals(422, toProgrammer.statusCode(), toProgrammer.body());
        t = Scenario.service(t, "assignment", body().add("operator", "luca"));
        assertEquals("luca", t.getString("assignedOperator"));

        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));
        t = Scenario.service(t, "closure", body().add("agreedWith", "Sam").add("how", "CHAT").add("minutesSpent", 5));
        t = Scenario.service(t, "reopening", body().add("reason", "Jams again after two days"));

        assertEquals("TAKEN_IN_CHARGE", t.getString("state"));
        assertEquals(1, t.getInt("reopenCount"));
        assertEquals(List.of("Jams again after two days"), TestDatabase.column(
                "SELECT note FROM audit_event WHERE ticket_number = ? AND field = 'reopen'", t.getString("number")));
    }

    @Test
    void onlyAnAdministratorChangesTheMilestoneTargets() throws Exception {
        JsonObject low = targets("LOW");
        try {
            changeTargets(low);
        } finally {
            // Other tests judge Low tickets against the targets they read: they get them back as they were.
            JsonObject now = targets("LOW");
            assertEquals(200, Api.put("milestone-targets/LOW", body().add("version", now.getJsonNumber("version")
                    .longValue()).add("takingChargeMinutes", low.getInt("takingChargeMinutes"))
                    .add("firstFeedbackMinutes", low.getInt("firstFeedbackMinutes"))
                    .add("resolutionMinutes", low.getInt("resolutionMinutes")).build().toString(), "admin", "demo")
                    .statusCode());
        }
    }

    private static void changeTargets(JsonObject low) throws Exception {
        String change = body().add("version", low.getJsonNumber("version").longValue())
                .add("takingChargeMinutes", 240).add("firstFeedbackMinutes", 480).add("resolutionMinutes", 7200)
                .build().toString();

        assertEquals(403, Api.put("milestone-targets/LOW", change, "operator", "demo").statusCode());
        assertEquals(200, Api.put("milestone-targets/LOW", change, "admin", "demo").statusCode());
        HttpResponse<String> stale = Api.put("milestone-targets/LOW", change, "admin", "demo");
        assertEquals(409, stale.statusCode(), "stale version");
        assertTrue(Api.json(stale).getString("detail").matches("The milestone targets for Low were changed by admin"
                + " at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} Europe/Rome after you opened them: nothing was saved\\."
                + " Reload them and try again\\."), stale.body());
        HttpResponse<String> backwards = Api.put("milestone-targets/LOW", body()
                .add("version", targets("LOW").getJsonNumber("version").longValue()).add("takingChargeMinutes", 600)
                .add("firstFeedbackMinutes", 60).add("resolutionMinutes", 7200).build().toString(), "admin", "demo");
        assertEquals(422, backwards.statusCode(), backwards.body());
        assertEquals(List.of("240|480|7200"), TestDatabase.column("SELECT taking_charge_minutes || '|' ||"
                + " first_feedback_minutes || '|' || resolution_minutes FROM milestone_target WHERE severity = 'LOW'"));
    }

    private static JsonObject targets(String severity) {
        HttpResponse<String> response = Api.get("milestone-targets", "operator", "demo");
        assertEquals(200, response.statusCode(), response.body());
        return Api.jsonArray(response).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("severity").equals(severity)).findFirst().orElseThrow();
    }

    private static JsonObject escalated(String urgency) {
        JsonObject t = Scenario.open("CORRECTIONS", contact, "SOFTWARE_BUG", urgency, "Bug of urgency " + urgency);
        t = Scenario.service(t, "take-charge", body());
        return Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body().add("urgency", urgency)
                .add("title", "Fix " + urgency).add("description", "See " + t.getString("number")), "operator"), 201);
    }
}
