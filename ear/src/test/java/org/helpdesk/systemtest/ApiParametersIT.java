package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One rule for the whole API. A resource named in the path that does not exist is 404. A reference inside a request
 * body or query that names nothing is 422, and the message names the field. A query or path parameter that cannot be
 * read is 400, and the message names the value received and what is accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiParametersIT {

    private static final String NO_TICKET = "HD-1999-000001";
    private static final String NO_PROGRAMMING = "PR-1999-000001";

    private static long contact;
    private static String ticket;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void data() {
        contact = Scenario.customerWithContact("PARAMS", "en", "desk@params.example");
        ticket = Scenario.service(Scenario.open("PARAMS", contact, "SOFTWARE_BUG", "LOW", "Parameters"),
                "take-charge", body()).getString("number");
    }

    @Test
    void aMissingResourceNamedInThePathIs404() {
        List<String> wrong = new ArrayList<>();
        expect(wrong, get("customers/NOBODY", "operator"), 404, "There is no customer NOBODY.");
        expect(wrong, post("customers/NOBODY/contacts", body().add("name", "N").add("email", "n@n.example")
                .add("language", "en").add("receivesMonthlyReport", false).build().toString(), "admin"), 404,
                "There is no customer NOBODY.");
        expect(wrong, get("reports/monthly/NOBODY?month=2026-03", "auditor"), 404, "There is no customer NOBODY.");
        expect(wrong, get("service-tickets/" + NO_TICKET, "operator"), 404, "There is no service ticket " + NO_TICKET);
        expect(wrong, get("service-tickets/" + NO_TICKET + "/audit", "operator"), 404, NO_TICKET);
        expect(wrong, post("service-tickets/" + NO_TICKET + "/take-charge", "{\"version\":0}", "operator"), 404,
                NO_TICKET);
        expect(wrong, get("programming-tickets/" + NO_PROGRAMMING, "operator"), 404, NO_PROGRAMMING);
        expect(wrong, post("time-entries/999999999/reversal", "{\"reason\":\"x\"}", "operator"), 404,
                "There is no time entry #999999999.");
        expect(wrong, get("monthly-runs/999999999", "admin"), 404, "There is no run execution 999999999.");
        expect(wrong, post("monthly-runs/999999999/restart", "{}", "admin"), 404,
                "There is no run execution 999999999.");
        expect(wrong, get("monthly-runs/archive/999999999", "admin"), 404, "There is no archived report 999999999.");
        expect(wrong, post("monthly-runs/deliveries/999999999/retry", "{}", "admin"), 404,
                "There is no report delivery 999999999.");
        assertEquals(List.of(), wrong);
    }

    @Test
    void anUnknownReferenceInABodyOrAQueryIs422NamingTheField() throws Exception {
        List<String> wrong = new ArrayList<>();
        String open = body().add("customer", "NOBODY").add("channel", "PHONE").add("kind", "HARDWARE")
                .add("severity", "LOW").add("subject", "s").add("description", "d").build().toString();
        expect(wrong, post("service-tickets", open, "operator"), 422, "customer: There is no customer NOBODY.");
        expect(wrong, post("service-tickets", body().add("customer", "PARAMS").add("contactId", 999_999)
                .add("channel", "PHONE").add("kind", "HARDWARE").add("severity", "LOW").add("subject", "s")
                .add("description", "d").build().toString(), "operator"), 422,
                "contactId: Customer PARAMS has no contact 999999.");
        JsonObject t = Scenario.get("service-tickets/" + ticket);
        expect(wrong, Scenario.act(t, "service-tickets", "links", body().add("programmingTicket", NO_PROGRAMMING),
                "operator"), 422, "programmingTicket: There is no programming ticket " + NO_PROGRAMMING + ".");
        expect(wrong, Scenario.act(t, "service-tickets", "assignment", body().add("operator", "nobody"),
                "operator"), 422, "operator: There is no staff user nobody.");
        expect(wrong, get("statements?from=2026-03-01&to=2026-03-31&customer=NOBODY", "auditor"), 422,
                "customer: There is no customer NOBODY.");
        expect(wrong, get("statements?from=2026-03-01&to=2026-03-31&staff=nobody", "auditor"), 422,
                "staff: There is no staff user nobody.");
        expect(wrong, get("statements?from=2026-03-01&to=2026-03-31&ticket=" + NO_TICKET, "auditor"), 422,
                "ticket: There is no ticket " + NO_TICKET + ".");
        expect(wrong, get("service-tickets?customer=NOBODY", "operator"), 422, "customer: There is no customer NOBODY.");
        expect(wrong, get("service-tickets?assignee=nobody", "operator"), 422, "assignee: There is no staff user nobody.");
        expect(wrong, get("exports/service-tickets?customer=NOBODY", "operator"), 422,
                "customer: There is no customer NOBODY.");
        expect(wrong, get("programming-tickets?assignee=nobody", "operator"), 422,
                "assignee: There is no staff user nobody.");
        expect(wrong, get("surveys?ticket=" + NO_TICKET, "operator"), 422,
                "ticket: There is no service ticket " + NO_TICKET + ".");
        expect(wrong, get("outbox?ticket=" + NO_TICKET, "admin"), 422,
                "ticket: There is no ticket " + NO_TICKET + ".");
        expect(wrong, post("monthly-runs", "{\"month\":\"2026-01\",\"customers\":[\"NOBODY\"]}", "admin"), 422,
                "customers: There is no customer NOBODY.");
        assertEquals(List.of(), wrong);
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM service_ticket WHERE subject = 's'"));
    }

    @Test
    void anUnreadableParameterIs400NamingTheValueAndWhatIsAccepted() {
        List<String> wrong = new ArrayList<>();
        expect(wrong, get("reports/monthly/PARAMS?month=2026-13", "auditor"), 400,
                "'month' must be a month such as 2026-03 (year-month), not '2026-13'.");
        expect(wrong, get("reports/monthly/PARAMS", "auditor"), 400, "'month' is required: a month such as 2026-03.");
        expect(wrong, get("monthly-runs/archive?month=March", "admin"), 400,
                "'month' must be a month such as 2026-03 (year-month), not 'March'.");
        expect(wrong, get("surveys/results?from=2026-1", "manager"), 400,
                "'from' must be a month such as 2026-03 (year-month), not '2026-1'.");
        expect(wrong, get("service-tickets?limit=abc", "operator"), 400,
                "'limit' must be a whole number from 1 to 500, not 'abc'.");
        expect(wrong, get("service-tickets?limit=100000", "operator"), 400,
                "'limit' must be a whole number from 1 to 500, not '100000'.");
        expect(wrong, get("programming-tickets?limit=0", "operator"), 400,
                "'limit' must be a whole number from 1 to 500, not '0'.");
        expect(wrong, get("customers?q=a&limit=many", "operator"), 400,
                "'limit' must be a whole number from 1 to 50, not 'many'.");
        expect(wrong, get("monthly-runs?limit=x", "admin"), 400,
                "'limit' must be a whole number from 1 to 200, not 'x'.");
        expect(wrong, get("monthly-runs/failures?limit=-1", "admin"), 400,
                "'limit' must be a whole number from 1 to 500, not '-1'.");
        expect(wrong, get("outbox?limit=1.5", "admin"), 400,
                "'limit' must be a whole number from 1 to 500, not '1.5'.");
        expect(wrong, get("service-tickets?severity=URGENT", "operator"), 400,
                "'severity' must be one of HIGH, AVERAGE, LOW, SECONDARY, not 'URGENT'.");
        expect(wrong, get("programming-tickets?state=DONE", "operator"), 400,
                "'state' must be one of OPEN, SCHEDULED, IN_PROGRESS, FIX_READY, CLOSED, not 'DONE'.");
        expect(wrong, get("service-tickets?from=yesterday", "operator"), 400,
                "'from' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z), not 'yesterday'.");
        expect(wrong, get("service-tickets?open=yes", "operator"), 400, "'open' must be true or false, not 'yes'.");
        expect(wrong, get("exports/service-tickets?unassigned=1", "operator"), 400,
                "'unassigned' must be true or false, not '1'.");
        expect(wrong, get("service-tickets?sort=number", "operator"), 400, ", not 'number'.");
        expect(wrong, get("service-tickets?after=garbage", "operator"), 400,
                "'after' must be the 'next' value of the previous page, not 'garbage'.");
        expect(wrong, get("programming-tickets?after=garbage", "operator"), 400,
                "'after' must be the 'next' value of the previous page, not 'garbage'.");
        expect(wrong, get("statements?from=2026-02-30&to=2026-03-31", "auditor"), 400,
                "'from' must be a date such as 2026-03-01, not '2026-02-30'.");
        expect(wrong, get("statements?from=2026-03-01&to=2026-03-31&lang=fr", "auditor"), 400,
                "'lang' must be en or it, not 'fr'.");
        expect(wrong, get("monthly-runs/abc", "admin"), 400, "'execution' must be a whole number, not 'abc'.");
        expect(wrong, post("monthly-runs/abc/restart", "{}", "admin"), 400,
                "'execution' must be a whole number, not 'abc'.");
        expect(wrong, get("monthly-runs/archive/x1", "admin"), 400, "'id' must be a whole number, not 'x1'.");
        expect(wrong, post("monthly-runs/deliveries/one/retry", "{}", "admin"), 400,
                "'id' must be a whole number, not 'one'.");
        expect(wrong, post("time-entries/first/reversal", "{\"reason\":\"x\"}", "operator"), 400,
                "'id' must be a whole number, not 'first'.");
        expect(wrong, put("milestone-targets/URGENT", "{\"version\":0,\"takingChargeMinutes\":1,"
                + "\"firstFeedbackMinutes\":2,\"resolutionMinutes\":3}", "admin"), 400,
                "'severity' must be one of HIGH, AVERAGE, LOW, SECONDARY, not 'URGENT'.");
        assertEquals(List.of(), wrong);
    }

    // ------------------------------------------------------------------ helpers

    private static void expect(List<String> wrong, HttpResponse<String> response, int status, String detailPart) {
        String what = response.request().method() + " " + response.request().uri() + ": ";
        if (response.statusCode() != status) {
            wrong.add(what + "expected " + status + ", got " + response.statusCode() + " " + response.body());
            return;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + "not a problem document: " + response.body());
            return;
        }
        String detail = Api.json(response).getString("detail");
        if (!detail.contains(detailPart)) {
            wrong.add(what + "expected a detail with \"" + detailPart + "\", got \"" + detail + "\"");
        }
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static HttpResponse<String> get(String path, String user) {
        return Api.get(path, user, Scenario.PASSWORD);
    }

    private static HttpResponse<String> post(String path, String json, String user) {
        return Api.post(path, json, user, Scenario.PASSWORD);
    }

    private static HttpResponse<String> put(String path, String json, String user) {
        return Api.put(path, json, user, Scenario.PASSWORD);
    }
}
