package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code allowedActions} of a ticket are a promise: for each demo role, in a representative set of states and
 * rules, every action the ticket offers to that user succeeds when they do it, and every action it does not offer is
 * refused and changes nothing. The exhaustive check of every state, role and rule is the unit test
 * {@code OfferedActionsTest}; this one proves that the REST API keeps the promise end to end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllowedActionsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestPorts.smtp());

    private static final List<String> USERS = List.of("operator", "programmer", "manager", "auditor", "admin");
    private static final String CUSTOMER = "OFFERED";
    private static final Map<String, HttpClient> SESSIONS = new LinkedHashMap<>();

    private static long contact;
    /** An open programming ticket that any service ticket may be linked to. */
    private static String sharedProgramming;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void signInAndPrepare() throws Exception {
        for (String user : USERS) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(Api.BASE.resolve("session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"demo\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, signIn.statusCode(), signIn.body());
            SESSIONS.put(user, client);
        }
        contact = Scenario.customerWithContact(CUSTOMER, "en", "desk@offered.example");
        sharedProgramming = escalate(taken("SOFTWARE_BUG", "Shared bug"), "LOW").getString("number");
    }

    // ------------------------------------------------------------------ service tickets

    /** Service tickets in each state, and the rules that refuse an action the state allows. */
    private static final Map<String, Supplier<JsonObject>> SERVICE_SITUATIONS = new LinkedHashMap<>();

    static {
        SERVICE_SITUATIONS.put("new hardware request", () -> opened("HARDWARE", "New"));
        SERVICE_SITUATIONS.put("taken in charge, a bug", () -> taken("SOFTWARE_BUG", "Taken bug"));
        SERVICE_SITUATIONS.put("taken in charge, hardware (no escalation)", () -> taken("HARDWARE", "Taken hw"));
        SERVICE_SITUATIONS.put("in programming", () -> {
            JsonObject t = taken("SOFTWARE_BUG", "In programming");
            escalate(t, "AVERAGE");
            return reread(t);
        });
        SERVICE_SITUATIONS.put("awaiting verification", () -> service(taken("HARDWARE", "Awaiting"),
                "resolution", body()));
        SERVICE_SITUATIONS.put("verified", () -> verified("Verified"));
        SERVICE_SITUATIONS.put("verified, its programming ticket reopened (no closure)", () -> {
            JsonObject t = taken("SOFTWARE_BUG", "Reopened programming");
            JsonObject p = escalate(t, "AVERAGE");
            p = programming(p, "start", body(), "programmer");
            p = programming(p, "fix-ready", body(), "programmer");
            p = programming(p, "update-sent", body().add("updateVersion", "1.0.1")
                    .add("sentOn", today().toString()).add("means", "download"), "programmer");
            programming(p, "reopening", body().add("reason", "Came back elsewhere"), "manager");
            return service(reread(t), "verification", body().add("works", true));
        });
        SERVICE_SITUATIONS.put("closed", () -> service(verified("Closed"), "closure",
                body().add("agreedWith", "Desk").add("how", "PHONE").add("minutesSpent", 10)));
    }

    /** How a user does each action over REST, with valid values; the version is added by {@link Scenario#act}. */
    private static final Map<String, Function<JsonObject, HttpCall>> SERVICE_ACTIONS = new LinkedHashMap<>();

    static {
        SERVICE_ACTIONS.put("TAKE_CHARGE", t -> transition(t, "take-charge", body()));
        SERVICE_ACTIONS.put("ESCALATE", t -> transition(t, "escalation", body().add("urgency", "AVERAGE")
                .add("title", "Escalated").add("description", "Found while testing the offered actions")));
        SERVICE_ACTIONS.put("LINK_PROGRAMMING", t -> transition(t, "links",
                body().add("programmingTicket", sharedProgramming)));
        SERVICE_ACTIONS.put("MARK_RESOLVED", t -> transition(t, "resolution", body()));
        SERVICE_ACTIONS.put("CONFIRM_VERIFICATION", t -> transition(t, "verification", body().add("works", true)));
        SERVICE_ACTIONS.put("FAIL_VERIFICATION", t -> transition(t, "verification", body().add("works", false)
                .add("note", "Still broken")));
        SERVICE_ACTIONS.put("AGREE_CLOSURE", t -> transition(t, "closure", body().add("agreedWith", "Desk")
                .add("how", "EMAIL").add("minutesSpent", 5)));
        SERVICE_ACTIONS.put("REOPEN", t -> transition(t, "reopening", body().add("reason", "It came back")));
        SERVICE_ACTIONS.put("REASSIGN", t -> transition(t, "assignment", body().add("operator", "luca")));
        SERVICE_ACTIONS.put("EDIT", t -> transition(t, "details", body().add("channel", "EMAIL")
                .add("kind", t.getString("kind")).add("severity", t.getString("severity"))
                .add("subject", "Edited " + t.getString("subject")).add("description", "Edited")));
        SERVICE_ACTIONS.put("COMMENT", t -> post(t, "comments", body().add("visibility", "INTERNAL")
                .add("text", "A note")));
        SERVICE_ACTIONS.put("LOG_TIME", t -> post(t, "time-entries", body().add("workDate", today().toString())
                .add("minutes", 10).add("activity", "Checked")));
    }

    @Test
    void everyServiceTicketActionOfferedSucceedsAndEveryOtherIsRefused() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Supplier<JsonObject>> situation : SERVICE_SITUATIONS.entrySet()) {
            for (String user : USERS) {
                broken.addAll(keepsItsPromise("service-tickets", situation.getKey(), situation.getValue(), user,
                        SERVICE_ACTIONS));
            }
        }
        assertEquals(List.of(), broken);
    }

    // ------------------------------------------------------------------ programming tickets

    private static final Map<String, Supplier<JsonObject>> PROGRAMMING_SITUATIONS = new LinkedHashMap<>();

    static {
        PROGRAMMING_SITUATIONS.put("open, High (blocking: never scheduled)",
                () -> escalate(taken("SOFTWARE_BUG", "Blocking"), "HIGH"));
        PROGRAMMING_SITUATIONS.put("open, Average", () -> escalate(taken("SOFTWARE_BUG", "Average"), "AVERAGE"));
        PROGRAMMING_SITUATIONS.put("scheduled", () -> programming(escalate(taken("SOFTWARE_BUG",
                "Scheduled"), "LOW"), "schedule", body().add("plannedRelease", "9.0"), "manager"));
        PROGRAMMING_SITUATIONS.put("in progress", () -> programming(escalate(taken("SOFTWARE_BUG",
                "Started"), "HIGH"), "start", body(), "programmer"));
        PROGRAMMING_SITUATIONS.put("fix ready", () -> programming(programming(escalate(
                taken("SOFTWARE_BUG", "Fixed"), "AVERAGE"), "start", body(), "programmer"), "fix-ready", body(),
                "programmer"));
        PROGRAMMING_SITUATIONS.put("closed", () -> programming(programming(programming(
                escalate(taken("SOFTWARE_BUG", "Delivered"), "AVERAGE"), "start", body(), "programmer"), "fix-ready",
                body(), "programmer"), "update-sent", body().add("updateVersion", "2.0.1")
                .add("sentOn", today().toString()).add("means", "download"), "programmer"));
    }

    private static final Map<String, Function<JsonObject, HttpCall>> PROGRAMMING_ACTIONS = new LinkedHashMap<>();

    static {
        PROGRAMMING_ACTIONS.put("SCHEDULE", p -> transition(p, "schedule", body()
                .add("plannedDate", today().plusDays(7).toString()).add("plannedRelease", "9.1")));
        PROGRAMMING_ACTIONS.put("ASSIGN", p -> transition(p, "assignment", body().add("programmer", "programmer")));
        PROGRAMMING_ACTIONS.put("START", p -> transition(p, "start", body()));
        PROGRAMMING_ACTIONS.put("MARK_FIX_READY", p -> transition(p, "fix-ready", body()));
        PROGRAMMING_ACTIONS.put("RECORD_UPDATE_SENT", p -> transition(p, "update-sent", body()
                .add("updateVersion", "3.0.1").add("sentOn", today().toString()).add("means", "download")));
        PROGRAMMING_ACTIONS.put("REOPEN", p -> transition(p, "reopening", body().add("reason", "Came back")));
        PROGRAMMING_ACTIONS.put("COMMENT", p -> post(p, "comments", body().add("visibility", "INTERNAL")
                .add("text", "A note")));
        PROGRAMMING_ACTIONS.put("LOG_TIME", p -> post(p, "time-entries", body().add("workDate", today().toString())
                .add("minutes", 20).add("activity", "Investigated")));
    }

    @Test
    void everyProgrammingTicketActionOfferedSucceedsAndEveryOtherIsRefused() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Supplier<JsonObject>> situation : PROGRAMMING_SITUATIONS.entrySet()) {
            for (String user : USERS) {
                broken.addAll(keepsItsPromise("programming-tickets", situation.getKey(), situation.getValue(), user,
                        PROGRAMMING_ACTIONS));
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aHighProgrammingTicketOffersNoScheduleAndAProgrammerNeitherScheduleNorAssign() throws Exception {
        JsonObject high = escalate(taken("SOFTWARE_BUG", "High, as the manager sees it"), "HIGH");
        JsonObject average = escalate(taken("SOFTWARE_BUG", "Average, as the programmer sees it"), "AVERAGE");

        Set<String> manager = offered("programming-tickets", high.getString("number"), "manager");
        Set<String> programmer = offered("programming-tickets", average.getString("number"), "programmer");

        assertTrue(manager.contains("ASSIGN") && !manager.contains("SCHEDULE"), manager.toString());
        assertTrue(programmer.contains("START") && !programmer.contains("SCHEDULE")
                && !programmer.contains("ASSIGN"), programmer.toString());
    }

    // ------------------------------------------------------------------ the check

    /**
     * @return what broke the promise in one situation for one user, empty if nothing did
     */
    private static List<String> keepsItsPromise(String resource, String situation, Supplier<JsonObject> make,
            String user, Map<String, Function<JsonObject, HttpCall>> actions) throws Exception {
        List<String> broken = new ArrayList<>();
        JsonObject ticket = make.get();
        String number = ticket.getString("number");
        Set<String> offered = offered(resource, number, user);
        for (Map.Entry<String, Function<JsonObject, HttpCall>> action : actions.entrySet()) {
            String what = situation + ", " + user + ", " + action.getKey() + ": ";
            if (offered.contains(action.getKey())) {
                JsonObject fresh = make.get();
                HttpResponse<String> done = action.getValue().apply(fresh).send(user);
                if (done.statusCode() / 100 != 2) {
                    broken.add(what + "offered but refused with " + done.statusCode() + " " + done.body());
                }
            } else {
                JsonObject before = read(resource, number);
                HttpResponse<String> refused = action.getValue().apply(before).send(user);
                JsonObject after = read(resource, number);
                if (!Set.of(403, 409, 422).contains(refused.statusCode())) {
                    broken.add(what + "not offered but answered " + refused.statusCode() + " " + refused.body());
                } else if (before.getJsonNumber("version").longValue() != after.getJsonNumber("version").longValue()) {
                    broken.add(what + "refused but the ticket changed");
                }
            }
        }
        return broken;
    }

    private static Set<String> offered(String resource, String number, String user) throws Exception {
        HttpResponse<String> response = send(user, "GET", resource + "/" + number, null);
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response).getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toCollection(TreeSet::new));
    }

    // ------------------------------------------------------------------ making tickets

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Rome"));
    }

    private static JsonObject opened(String kind, String subject) {
        return ok(post("operator", "service-tickets", body().add("customer", CUSTOMER).add("contactId", contact)
                .add("channel", "PHONE").add("kind", kind).add("severity", "AVERAGE").add("subject", subject)
                .add("description", "Described on the phone")), 201);
    }

    private static JsonObject taken(String kind, String subject) {
        return service(opened(kind, subject), "take-charge", body());
    }

    private static JsonObject verified(String subject) {
        JsonObject t = service(taken("HARDWARE", subject), "resolution", body());
        return service(t, "verification", body().add("works", true));
    }

    private static JsonObject escalate(JsonObject serviceTicket, String urgency) {
        return ok(unchecked(() -> transition(serviceTicket, "escalation", body().add("urgency", urgency)
                .add("title", "Fix " + serviceTicket.getString("subject")).add("description", "Reproduced"))
                .send("operator")), 201);
    }

    /** A service ticket's transition done by an operator. */
    private static JsonObject service(JsonObject ticket, String transition, JsonObjectBuilder body) {
        return ok(unchecked(() -> transition(ticket, transition, body).send("operator")), 200);
    }

    private static JsonObject programming(JsonObject ticket, String transition, JsonObjectBuilder body,
            String user) {
        return ok(unchecked(() -> transition(ticket, transition, body).send(user)), 200);
    }

    private static JsonObject reread(JsonObject ticket) {
        return read("service-tickets", ticket.getString("number"));
    }

    private static JsonObject read(String resource, String number) {
        return ok(unchecked(() -> send("operator", "GET", resource + "/" + number, null)), 200);
    }

    private static HttpResponse<String> post(String user, String path, JsonObjectBuilder body) {
        return unchecked(() -> send(user, "POST", path, body.build().toString()));
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Api.json(response);
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> unchecked(Call call) {
        try {
            return call.send();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ HTTP with each user's session

    /** A request waiting for the user who sends it. */
    private record HttpCall(String path, String json) {
        HttpResponse<String> send(String user) throws Exception {
            return AllowedActionsIT.send(user, "POST", path, json);
        }
    }

    private static HttpCall transition(JsonObject ticket, String transition, JsonObjectBuilder body) {
        body.add("version", ticket.getJsonNumber("version").longValue());
        return new HttpCall(resourceOf(ticket) + "/" + ticket.getString("number") + "/" + transition,
                body.build().toString());
    }

    private static HttpCall post(JsonObject ticket, String child, JsonObjectBuilder body) {
        return new HttpCall(resourceOf(ticket) + "/" + ticket.getString("number") + "/" + child,
                body.build().toString());
    }

    private static String resourceOf(JsonObject ticket) {
        return ticket.getString("number").startsWith("HD-") ? "service-tickets" : "programming-tickets";
    }

    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.BASE.resolve(path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return SESSIONS.get(user).send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
