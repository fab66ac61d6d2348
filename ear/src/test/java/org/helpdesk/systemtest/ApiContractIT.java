package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server publishes ({@code /openapi?format=JSON}) is the API's contract. Every GET it lists
 * that answers JSON is called with data present, and every property of the answer must be one the document names for
 * that schema, of the type (and format, and enum value) it gives; a JSON answer the document leaves without a schema
 * is a drift too. A new GET endpoint whose parameters this test cannot fill fails it, so it is added here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    /** The help desk's mailboxes, which hold a mail from an unknown sender and an unreadable one for the queues. */
    private static Mailboxes mail;

    private static final String PREFIX = "/helpdesk/api/";
    /** An old month that no other test runs or closes: its run and archive are this test's own. */
    private static final String RUN_MONTH = "2024-11";
    private static final String CLOSED_MONTH = "2019-07";

    /** The calendar before the test, which closes a day of its own year for the calendar's GETs. */
    private static TestCalendar calendar;
    private static final int CALENDAR_YEAR = 2033;

    private static JsonObject document;
    private static long execution;
    /** The value of each path parameter, and the query some GETs need, by the path as the document writes it. */
    private static final Map<String, String> CALLS = new TreeMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    /**
     * Data behind every GET: a ticket taken through the whole second level (comments, hours, a programming ticket,
     * the closure mail and its questionnaire), a monthly run with an archived report and a failure, a closed month.
     */
    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.close();
        }
    }

    /** The calendar as it was: other tests compute due times with it. */
    @AfterAll
    static void openTheClosedDaysAgain() {
        if (calendar != null) {
            calendar.restore();
        }
    }

    @BeforeAll
    static void data() throws Exception {
        mail = Mailboxes.forTheSuite();
        mail.send("From: someone@contract-unknown.example\nTo: " + Mailboxes.HELPDESK + "\nSubject: Who reads this?\n"
                + "Message-ID: <contract-unknown@contract-unknown.example>\n\nA question from nobody we know.\n",
                Mailboxes.HELPDESK);
        StringBuilder nested = new StringBuilder("From: someone@contract-unknown.example\nTo: " + Mailboxes.HELPDESK
                + "\nSubject: Unreadable\nMessage-ID: <contract-poison@contract-unknown.example>\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 0; i < 20; i++) {
            nested.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        mail.send(nested.append("--b20\nContent-Type: text/plain\n\ndeep\n").toString(), Mailboxes.HELPDESK);
        long contact = Scenario.customerWithContact("CONTRACT", "en", "desk@contract.example");
        Scenario.ok(Api.post("customers", body().add("code", "CONTRACTNR").add("name", "No recipient Ltd").build()
                .toString(), "admin", Scenario.PASSWORD), 201);
        JsonObject t = Scenario.open("CONTRACT", contact, "SOFTWARE_BUG", "AVERAGE", "Contract of the API");
        t = Scenario.service(t, "take-charge", body());
        String number = t.getString("number");
        Scenario.ok(Api.post("service-tickets/" + number + "/comments", body().add("visibility", "CUSTOMER")
                .add("text", "We are on it").build().toString(), "operator", Scenario.PASSWORD), 201);
        Scenario.ok(Api.post("service-tickets/" + number + "/time-entries", body()
                .add("workDate", LocalDate.now(ZoneId.of("Europe/Rome")).toString()).add("minutes", 15)
                .add("activity", "Reproduced").build().toString(), "operator", Scenario.PASSWORD), 201);
        t = Scenario.get("service-tickets/" + number);
        JsonObject p = Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body().add("urgency", "AVERAGE")
                .add("title", "Fix the contract").add("description", "Reproduced"), "operator"), 201);
        String programming = p.getString("number");
        Scenario.ok(Api.post("programming-tickets/" + programming + "/comments", body().add("visibility", "INTERNAL")
                .add("text", "Looking").build().toString(), "programmer", Scenario.PASSWORD), 201);
        Scenario.ok(Api.post("programming-tickets/" + programming + "/time-entries", body()
                .add("workDate", LocalDate.now(ZoneId.of("Europe/Rome")).toString()).add("minutes", 30)
                .add("activity", "Fixed").build().toString(), "programmer", Scenario.PASSWORD), 201);
        p = Scenario.get("programming-tickets/" + programming);
        p = Scenario.programming(p, "schedule", body().add("plannedDate", LocalDate.now().plusDays(3).toString())
                .add("plannedRelease", "4.2"), "manager");
        p = Scenario.programming(p, "start", body(), "programmer");
        p = Scenario.programming(p, "fix-ready", body(), "programmer");
        Scenario.programming(p, "update-sent", body().add("updateVersion", "4.2.0")
                .add("sentOn", LocalDate.now().toString()).add("means", "download"), "programmer");
        t = Scenario.get("service-tickets/" + number);
        t = Scenario.service(t, "verification", body().add("works", true));
        Scenario.service(t, "closure", body().add("agreedWith", "Desk").add("how", "PHONE").add("minutesSpent", 5));

        Scenario.ok(Api.post("month-closes", body().add("month", CLOSED_MONTH).build().toString(), "admin",
                Scenario.PASSWORD), 201);
        execution = Scenario.ok(Api.post("monthly-runs", body().add("month", RUN_MONTH)
                .add("customers", Json.createArrayBuilder().add("CONTRACT").add("CONTRACTNR")).build().toString(),
                "admin", Scenario.PASSWORD), 202).getJsonNumber("executionId").longValue();
        await("the run of " + RUN_MONTH).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> !Api.get("monthly-runs/" + execution, "admin", Scenario.PASSWORD).body()
                        .contains("\"STARTED\"") && !Api.get("monthly-runs/" + execution, "admin", Scenario.PASSWORD)
                        .body().contains("\"STARTING\""));

        calendar = TestCalendar.remember(CALENDAR_YEAR);
        Scenario.ok(Api.post("calendar/closed-days", body().add("first", CALENDAR_YEAR + "-06-24")
                .add("name", "Contract holiday").build().toString(), "admin", Scenario.PASSWORD), 201);
        CALLS.put("calendar", "calendar?year=" + CALENDAR_YEAR);
        CALLS.put("calendar/changes", "calendar/changes");
        CALLS.put("calendar/days/{date}", "calendar/days/" + CALENDAR_YEAR + "-06-24");
        CALLS.put("customers", "customers?q=CONTRACT");
        CALLS.put("customers/{code}", "customers/CONTRACT");
        CALLS.put("health", "health");
        CALLS.put("me", "me");
        CALLS.put("milestone-targets", "milestone-targets");
        CALLS.put("month-closes", "month-closes");
        CALLS.put("monthly-runs", "monthly-runs");
        CALLS.put("monthly-runs/{execution}", "monthly-runs/" + execution);
        CALLS.put("monthly-runs/failures", "monthly-runs/failures");
        CALLS.put("monthly-runs/archive", "monthly-runs/archive?month=" + RUN_MONTH);
        CALLS.put("outbox", "outbox?ticket=" + number);
        CALLS.put("programming-tickets", "programming-tickets?limit=5");
        CALLS.put("service-tickets", "service-tickets?customer=CONTRACT");
        CALLS.put("service-tickets/count", "service-tickets/count?customer=CONTRACT");
        CALLS.put("surveys", "surveys?ticket=" + number);
        CALLS.put("surveys/results", "surveys/results");
        // The ticket's timeline holds the customer comment above (a reply); the queues, the two mails sent first.
        await("the unknown sender's mail and the unreadable one").atMost(Duration.ofSeconds(60))
                .until(() -> Api.get("mail/waiting", "operator", Scenario.PASSWORD).body()
                        .contains("contract-unknown.example") && Api.get("mail/errors", "admin", Scenario.PASSWORD)
                        .body().contains("contract-poison"));
        CALLS.put("service-tickets/{number}/messages", "service-tickets/" + number + "/messages");
        CALLS.put("mail/waiting", "mail/waiting");
        CALLS.put("mail/errors", "mail/errors");
        for (String child : List.of("", "/audit", "/comments", "/time-entries")) {
            CALLS.put("service-tickets/{number}" + child, "service-tickets/" + number + child);
            CALLS.put("programming-tickets/{number}" + child, "programming-tickets/" + programming + child);
        }

        HttpResponse<String> openapi = Api.get(URI.create("http://localhost:" + TestPorts.HTTP
                + "/openapi?format=JSON").toString(), "admin", Scenario.PASSWORD);
        assertEquals(200, openapi.statusCode(), openapi.body());
        try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
            document = reader.readObject();
        }
    }

    @Test
    void everyJsonAnswerOfEveryGetIsWhatThePublishedSchemaSays() {
        List<String> drifts = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            JsonObject json = get == null ? null : jsonAnswer(get);
            if (json == null) {
                continue;
            }
            String endpoint = path.getKey().substring(PREFIX.length());
            String call = CALLS.get(endpoint);
            if (call == null) {
                drifts.add("GET " + path.getKey() + ": this test does not know how to call it; add it to CALLS");
                continue;
            }
            HttpResponse<String> response = Api.get(call, "admin", Scenario.PASSWORD);
            if (response.statusCode() != 200) {
                drifts.add("GET " + call + ": " + response.statusCode() + " " + response.body());
                continue;
            }
            JsonValue answer;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                answer = reader.readValue();
            }
            if (answer instanceof JsonArray array && array.isEmpty()) {
                drifts.add("GET " + call + ": an empty list proves nothing; give it data");
            }
            new Check(drifts, "GET " + call).value(answer, json.getJsonObject("schema"), "");
            checked.add(endpoint);
        }
        assertEquals(List.of(), drifts);
        assertTrue(checked.containsAll(CALLS.keySet()), "checked " + checked + ", expected " + CALLS.keySet());
    }

    @Test
    void theMonthlyRunSaysWhetherItIsFinishedUnderTheNameTheDocumentGives() {
        JsonObject run = Scenario.ok(Api.get("monthly-runs/" + execution, "admin", Scenario.PASSWORD), 200);
        JsonObject schema = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("RunView");

        assertTrue(schema.getJsonObject("properties").containsKey("finished"), schema.toString());
        assertEquals(JsonValue.TRUE, run.get("finished"), run.toString());
    }

    /** Two types of the same simple name get made-up names (Action, Action1) unless the code names them. */
    @Test
    void everySchemaHasAName() {
        List<String> numbered = document.getJsonObject("components").getJsonObject("schemas").keySet().stream()
                .filter(name -> name.matches(".*\\d")).toList();

        assertEquals(List.of(), numbered);
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("ServiceTicketAction"));
    }

    /** The 200 answer's {@code application/json} content, or null when the GET answers something else. */
    private static JsonObject jsonAnswer(JsonObject get) {
        JsonObject ok = get.getJsonObject("responses").getJsonObject("200");
        if (ok == null || !ok.containsKey("content")) {
            return null;
        }
        return ok.getJsonObject("content").getJsonObject("application/json");
    }

    /** Walks an answer and its schema side by side, noting each difference. */
    private record Check(List<String> drifts, String call) {

        private static final Pattern REF = Pattern.compile("#/components/schemas/(.+)");

        void value(JsonValue value, JsonObject schema, String where) {
            JsonObject s = resolve(schema);
            if (s == null || s.isEmpty() || !s.containsKey("type")) {
                drift(where, "the document gives no schema with a type for " + value);
                return;
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            String type = s.getString("type");
            switch (type) {
                case "object" -> object(value, s, where);
                case "array" -> {
                    if (!(value instanceof JsonArray array)) {
                        drift(where, "an array in the document, " + value.getValueType() + " in the answer");
                        return;
                    }
                    for (int i = 0; i < array.size(); i++) {
                        value(array.get(i), s.getJsonObject("items"), where + "[" + i + "]");
                    }
                }
                case "string" -> string(value, s, where);
                case "integer" -> {
                    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                        drift(where, "an integer in the document, " + value + " in the answer");
                    }
                }
                case "number" -> {
                    if (!(value instanceof JsonNumber)) {
                        drift(where, "a number in the document, " + value + " in the answer");
                    }
                }
                case "boolean" -> {
                    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                        drift(where, "a boolean in the document, " + value + " in the answer");
                    }
                }
                default -> drift(where, "an unknown type " + type + " in the document");
            }
        }

        private void object(JsonValue value, JsonObject schema, String where) {
            if (!(value instanceof JsonObject object)) {
                drift(where, "an object in the document, " + value.getValueType() + " in the answer");
                return;
            }
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                    : JsonValue.EMPTY_JSON_OBJECT;
            JsonValue additional = schema.get("additionalProperties");
            for (Map.Entry<String, JsonValue> property : object.entrySet()) {
                String at = where + "." + property.getKey();
                if (properties.containsKey(property.getKey())) {
                    value(property.getValue(), properties.getJsonObject(property.getKey()), at);
                } else if (additional instanceof JsonObject additionalSchema) {
                    value(property.getValue(), additionalSchema, at);
                } else {
                    drift(at, "not in the document, which names " + properties.keySet());
                }
            }
        }

        private void string(JsonValue value, JsonObject schema, String where) {
            if (!(value instanceof JsonString string)) {
                drift(where, "a string in the document, " + value + " in the answer");
                return;
            }
            String text = string.getString();
            if (schema.containsKey("enum") && schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                    .noneMatch(e -> e.getString().equals(text))) {
                drift(where, "'" + text + "' is none of " + schema.getJsonArray("enum"));
            }
            try {
                switch (schema.getString("format", "")) {
                    case "date-time" -> Instant.parse(text);
                    case "date" -> LocalDate.parse(text);
                    default -> {
                    }
                }
            } catch (DateTimeParseException e) {
                drift(where, "'" + text + "' is not a " + schema.getString("format"));
            }
        }

        private JsonObject resolve(JsonObject schema) {
            JsonObject s = schema;
            while (s != null && s.containsKey("$ref")) {
                Matcher name = REF.matcher(s.getString("$ref"));
                s = name.matches() ? document.getJsonObject("components").getJsonObject("schemas")
                        .getJsonObject(name.group(1)) : null;
            }
            return s;
        }

        private void drift(String where, String what) {
            drifts.add(call + " " + (where.isEmpty() ? "(the answer)" : where.replaceFirst("^\\.", "")) + ": " + what);
        }
    }
}
