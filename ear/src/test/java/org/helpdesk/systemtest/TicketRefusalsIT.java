package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a user gets when the request is wrong: a problem document with a message they can act on, and nothing
 * changed in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketRefusalsIT {

    private static long contact;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void customer() {
        contact = Scenario.customerWithContact("REFUSALS", "en", "jane@refusals.example");
    }

    @Test
    void anIllegalTransitionIsRefusedWithTheStateAndWhatIsAllowed() throws Exception {
        JsonObject t = Scenario.open("REFUSALS", contact, "HARDWARE", "LOW", "Mouse broken");

        HttpResponse<String> response = Scenario.act(t, "service-tickets", "closure", body().add("agreedWith", "Jane")
                .add("how", "PHONE").add("minutesSpent", 10), "operator");

        assertProblem(response, 409, "New");
        assertTrue(Api.json(response).getString("detail").contains("Take charge"), response.body());
        assertEquals(List.of("NEW"), state(t));
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM time_entry e JOIN service_ticket t"
                + " ON t.id = e.service_ticket_id WHERE t.number = ?", t.getString("number")));
    }

    @Test
    void aStaleEditIsRefusedNamingWhoChangedTheTicketAndNothingIsOverwritten() throws Exception {
        JsonObject seen = Scenario.open("REFUSALS", contact, "HARDWARE", "LOW", "Keyboard broken");
        Scenario.service(seen, "take-charge", body());

        HttpResponse<String> response = Scenario.act(seen, "service-tickets", "details", body()
                .add("channel", "EMAIL").add("kind", "HARDWARE").add("severity", "HIGH").add("subject", "Overwritten?")
                .add("description", "Overwritten?"), "operator");

        assertProblem(response, 409, "was changed by operator at ");
        assertTrue(Api.json(response).getString("detail").contains("Reload"), response.body());
        assertEquals(List.of("Keyboard broken|LOW"), TestDatabase.column(
                "SELECT subject || '|' || severity FROM service_ticket WHERE number = ?", seen.getString("number")));
    }

    @Test
    void closingWithoutHoursIsRefusedAndLeavesNothingHalfWritten() throws Exception {
        JsonObject t = Scenario.open("REFUSALS", contact, "HARDWARE", "LOW", "Screen flickers");
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "resolution", body());
        t = Scenario.service(t, "verification", body().add("works", true));

        HttpResponse<String> response = Scenario.act(t, "service-tickets", "closure", body().add("agreedWith", "Jane")
                .add("how", "PHONE").add("minutesSpent", 0), "operator");

        assertProblem(response, 422, "Record the hours spent");
        assertEquals(List.of("VERIFIED"), state(t));
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM outbox_message WHERE ticket_number = ?",
                t.getString("number")));
    }

    @Test
    void aServiceTicketCannotCloseWhileItsProgrammingTicketIsOpen() throws Exception {
        JsonObject t = Scenario.open("REFUSALS", contact, "SOFTWARE_BUG", "AVERAGE", "Totals wrong");
        t = Scenario.service(t, "take-charge", body());
        Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body().add("urgency", "AVERAGE")
                .add("title", "Totals wrong").add("description", "Rounding"), "operator"), 201);
        t = Scenario.get("service-tickets/" + t.getString("number"));

        HttpResponse<String> response = Scenario.act(t, "service-tickets", "resolution", body(), "operator");

        assertEquals(409, response.statusCode(), response.body());
        assertEquals(List.of("IN_PROGRAMMING"), state(t));
    }

    @Test
    void missingAndOversizedFieldsAreNamedOneByOne() throws Exception {
        HttpResponse<String> response = Api.post("service-tickets", body().add("customer", "REFUSALS")
                .add("subject", "x".repeat(201)).build().toString(), "operator", "demo");

        assertProblem(response, 422, "channel: choose the channel");
        String detail = Api.json(response).getString("detail");
        assertTrue(detail.contains("severity: choose the severity"), detail);
        assertTrue(detail.contains("subject: at most 200 characters"), detail);
        assertTrue(detail.contains("description: describe the request"), detail);
    }

    @Test
    void malformedJsonAndUnknownValuesGet400() {
        assertProblem(Api.post("service-tickets", "{\"customer\": ", "operator", "demo"), 400, "well-formed JSON");
        assertProblem(Api.post("service-tickets", body().add("customer", "REFUSALS").add("channel", "PIGEON")
                .build().toString(), "operator", "demo"), 400, "");
        assertProblem(Api.get("service-tickets?severity=URGENT", "operator", "demo"), 400,
                "'severity' must be one of HIGH, AVERAGE, LOW, SECONDARY");
        assertProblem(Api.get("service-tickets?from=yesterday", "operator", "demo"), 400, "'from' must be a date");
        assertProblem(Api.get("service-tickets?after=garbage", "operator", "demo"), 400,
                "'after' must be the 'next' value of the previous page, not 'garbage'.");
        assertProblem(Api.get("service-tickets?limit=100000", "operator", "demo"), 400, "from 1 to 500");
    }

    @Test
    void anUnknownTicketIs404AndAnUnknownCustomerOrContactInTheBodyIs422NamingTheField() {
        assertProblem(Api.get("service-tickets/HD-1999-000001", "operator", "demo"), 404,
                "There is no service ticket HD-1999-000001.");
        assertProblem(Api.post("service-tickets", body().add("customer", "NOBODY").add("channel", "PHONE")
                .add("kind", "HARDWARE").add("severity", "LOW").add("subject", "s").add("description", "d").build()
                .toString(), "operator", "demo"), 422, "customer: There is no customer NOBODY.");
        assertProblem(Api.post("service-tickets", body().add("customer", "REFUSALS").add("contactId", 999_999)
                .add("channel", "PHONE").add("kind", "HARDWARE").add("severity", "LOW").add("subject", "s")
                .add("description", "d").build().toString(), "operator", "demo"), 422,
                "contactId: Customer REFUSALS has no contact 999999.");
    }

    @Test
    void aVersionThatDoesNotExistIsRefusedSayingWhichIsTheCurrentOne() throws Exception {
        JsonObject t = Scenario.open("REFUSALS", contact, "SOFTWARE_BUG", "LOW", "Version from the future");
        String number = t.getString("number");
        long current = t.getJsonNumber("version").longValue();

        HttpResponse<String> response = Api.post("service-tickets/" + number + "/take-charge",
                body().add("version", current + 5).build().toString(), "operator", "demo");

        assertProblem(response, 422, "Ticket " + number + " has no version " + (current + 5)
                + ": its current version is " + current + ". Reload it and try again.");
        assertFalse(Api.json(response).getString("detail").contains("changed by"), response.body());
        assertEquals(List.of("NEW"), state(t));

        t = Scenario.service(t, "take-charge", body());
        JsonObject p = Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body().add("urgency", "LOW")
                .add("title", "Future version").add("description", "d"), "operator"), 201);
        long pCurrent = p.getJsonNumber("version").longValue();
        HttpResponse<String> programming = Api.post("programming-tickets/" + p.getString("number") + "/start",
                body().add("version", pCurrent + 1).build().toString(), "programmer", "demo");
        assertProblem(programming, 422, "Programming ticket " + p.getString("number") + " has no version "
                + (pCurrent + 1) + ": its current version is " + pCurrent + ". Reload it and try again.");
        assertEquals(List.of("OPEN"), TestDatabase.column("SELECT state FROM programming_ticket WHERE number = ?",
                p.getString("number")));

        JsonObject secondary = Api.jsonArray(Api.get("milestone-targets", "admin", "demo"))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("severity").equals("SECONDARY"))
                .findFirst().orElseThrow();
        long targets = secondary.getJsonNumber("version").longValue();
        HttpResponse<String> future = Api.put("milestone-targets/SECONDARY", body().add("version", targets + 9)
                .add("takingChargeMinutes", 1).add("firstFeedbackMinutes", 2).add("resolutionMinutes", 3).build()
                .toString(), "admin", "demo");
        assertProblem(future, 422, "The milestone targets for Secondary have no version " + (targets + 9)
                + ": their current version is " + targets + ". Reload them and try again.");
    }

    @Test
    void eachRoleMayOnlyDoItsOwnPart() {
        String open = body().add("customer", "REFUSALS").add("channel", "PHONE").add("kind", "HARDWARE")
                .add("severity", "LOW").add("subject", "s").add("description", "d").build().toString();
        assertProblem(Api.post("service-tickets", open, "auditor", "demo"), 403, "Your role does not allow");
        assertProblem(Api.post("service-tickets", open, "programmer", "demo"), 403, "Your role does not allow");
        assertProblem(Api.get("outbox", "operator", "demo"), 403, "Your role does not allow");
        assertEquals(200, Api.get("service-tickets?limit=1", "auditor", "demo").statusCode());
        assertEquals(401, Api.get("service-tickets?limit=1").statusCode());
    }

    private static List<String> state(JsonObject ticket) throws Exception {
        return TestDatabase.column("SELECT state FROM service_ticket WHERE number = ?", ticket.getString("number"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(detailPart), problem.getString("detail"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
