package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;

/**
 * The REST calls a help desk makes, as steps of a test; each step asserts it succeeded. Without an
 * {@link Api.Endpoint} they go to the suite's server.
 */
final class Scenario {

    static final String PASSWORD = "demo";

    private Scenario() {
    }

    /** A new customer with one contact; returns the contact's id. */
    static long customerWithContact(String code, String language, String email) {
        return customerWithContact(Api.SUITE, code, language, email);
    }

    static long customerWithContact(Api.Endpoint api, String code, String language, String email) {
        ok(api.post("customers", Json.createObjectBuilder().add("code", code).add("name", code + " S.r.l.").build()
                .toString(), "admin", PASSWORD), 201);
        JsonObject contact = ok(api.post("customers/" + code + "/contacts", Json.createObjectBuilder()
                .add("name", "Contact of " + code).add("email", email).add("phone", "+39 02 1234")
                .add("language", language).add("receivesMonthlyReport", true).build().toString(), "admin",
                PASSWORD), 201);
        return contact.getJsonNumber("id").longValue();
    }

    static JsonObject open(String customer, long contactId, String kind, String severity, String subject) {
        return open(Api.SUITE, customer, contactId, kind, severity, subject);
    }

    static JsonObject open(Api.Endpoint api, String customer, long contactId, String kind, String severity,
            String subject) {
        return ok(api.post("service-tickets", Json.createObjectBuilder().add("customer", customer)
                .add("contactId", contactId).add("channel", "PHONE").add("kind", kind).add("severity", severity)
                .add("subject", subject).add("description", "Described on the phone: " + subject).build()
                .toString(), "operator", PASSWORD), 201);
    }

    /** POSTs {@code body} plus the ticket's current version to one of its transitions, as {@code user}. */
    static HttpResponse<String> act(JsonObject ticket, String resource, String transition, JsonObjectBuilder body,
            String user) {
        return act(Api.SUITE, ticket, resource, transition, body, user);
    }

    static HttpResponse<String> act(Api.Endpoint api, JsonObject ticket, String resource, String transition,
            JsonObjectBuilder body, String user) {
        body.add("version", ticket.getJsonNumber("version").longValue());
        return api.post(resource + "/" + ticket.getString("number") + "/" + transition, body.build().toString(), user,
                PASSWORD);
    }

    static JsonObject service(JsonObject ticket, String transition, JsonObjectBuilder body) {
        return service(Api.SUITE, ticket, transition, body);
    }

    static JsonObject service(Api.Endpoint api, JsonObject ticket, String transition, JsonObjectBuilder body) {
        return ok(act(api, ticket, "service-tickets", transition, body, "operator"), 200);
    }

    static JsonObject programming(JsonObject ticket, String transition, JsonObjectBuilder body, String user) {
        return ok(act(ticket, "programming-tickets", transition, body, user), 200);
    }

    static JsonObject get(String path) {
        return ok(Api.get(path, "operator", PASSWORD), 200);
    }

    static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Api.json(response);
    }

    static JsonObjectBuilder body() {
        return Json.createObjectBuilder();
    }
}
