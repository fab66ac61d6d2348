package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One ticket worked on by many people at once: appends (comments, time entries) never conflict, field edits and
 * transitions that raced are refused naming who changed the ticket and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentChangesIT {

    private static final int APPENDERS = 8;
    private static final int APPENDS = 25;
    private static final List<String> USERS = List.of("operator", "luca", "programmer", "manager");
    private static final Pattern WHO_AND_WHEN = Pattern.compile("Ticket HD-\\d{4}-\\d{6} was changed by"
            + " (operator|luca) at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} Europe/Rome after you opened it: nothing was saved\\."
            + " Reload it and try again\\.");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void commentsAndTimeEntriesNeverConflictWhileEditsRaceAndLosersLearnWhoAndWhen() throws Exception {
        long contact = Scenario.customerWithContact("CONTENTION", "en", "carl@contention.example");
        String number = Scenario.service(Scenario.open("CONTENTION", contact, "HARDWARE", "AVERAGE", "Busy ticket"),
                "take-charge", body()).getString("number");
        // Yesterday in UTC is never in the help desk's future, whatever its time zone.
        String workDate = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        Queue<String> refusedAppends = new ConcurrentLinkedQueue<>();
        Queue<String> staleRefusals = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger edits = new AtomicInteger();
        AtomicBoolean appending = new AtomicBoolean(true);
        AtomicBoolean stop = new AtomicBoolean();
        // Each round both editors read the ticket, then both send a change made on what they read.
        CyclicBarrier read = new CyclicBarrier(2, () -> stop.set(!appending.get()));
        CyclicBarrier send = new CyclicBarrier(2);

        ExecutorService pool = Executors.newFixedThreadPool(APPENDERS + 2);
        try {
            List<Future<?>> appenders = new ArrayList<>();
            for (int a = 0; a < APPENDERS; a++) {
                int appender = a;
                appenders.add(pool.submit(() -> {
                    HttpClient client = signedIn(USERS.get(appender % USERS.size()));
                    for (int i = 0; i < APPENDS; i++) {
                        String what = "append " + appender + "-" + i;
                        HttpResponse<String> r = i % 2 == 0
                                ? post(client, "service-tickets/" + number + "/comments", body()
                                        .add("visibility", i % 4 == 0 ? "CUSTOMER" : "INTERNAL").add("text", what))
                                : post(client, "service-tickets/" + number + "/time-entries", body()
                                        .add("workDate", workDate).add("minutes", 1).add("activity", what));
                        if (r.statusCode() != 201) {
                            refusedAppends.add(what + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> editors = new ArrayList<>();
            for (String editor : List.of("operator", "luca")) {
                editors.add(pool.submit(() -> {
                    HttpClient client = signedIn(editor);
                    for (int round = 0; ; round++) {
                        read.await(1, TimeUnit.MINUTES);
                        if (stop.get()) {
                            return null;
                        }
                        JsonObject seen = Api.json(send(client, HttpRequest.newBuilder(
                                Api.BASE.resolve("service-tickets/" + number)).GET()));
                        send.await(1, TimeUnit.MINUTES);
                        long version = seen.getJsonNumber("version").longValue();
                        HttpResponse<String> r = round % 2 == 0
                                ? post(client, "service-tickets/" + number + "/details", body().add("version", version)
                                        .add("channel", "PHONE").add("kind", "HARDWARE").add("severity", "AVERAGE")
                                        .add("subject", "Busy ticket, round " + round + " by " + editor)
                                        .add("description", seen.getString("description")))
                                : post(client, "service-tickets/" + number + "/assignment", body()
                                        .add("version", version).add("operator", editor));
                        if (r.statusCode() == 200) {
                            edits.incrementAndGet();
                        } else if (r.statusCode() == 409) {
                            staleRefusals.add(Api.json(r).getString("detail"));
                        } else {
                            unexpected.add(r.statusCode() + " " + r.body());
                        }
                    }
                }));
            }
            for (Future<?> f : appenders) {
                f.get(5, TimeUnit.MINUTES);
            }
            appending.set(false);
            for (Future<?> f : editors) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(0, refusedAppends.size(), () -> refusedAppends.size() + " of " + APPENDERS * APPENDS
                + " appends refused, the first: " + refusedAppends.peek());
        assertEquals(List.of(), List.copyOf(unexpected));
        List<String> comments = new ArrayList<>();
        List<String> timeEntries = new ArrayList<>();
        for (int a = 0; a < APPENDERS; a++) {
            for (int i = 0; i < APPENDS; i++) {
                (i % 2 == 0 ? comments : timeEntries).add("append " + a + "-" + i);
            }
        }
        comments.sort(null);
        timeEntries.sort(null);
        assertEquals(comments, TestDatabase.column("SELECT c.text FROM ticket_comment c JOIN service_ticket t"
                + " ON t.id = c.service_ticket_id WHERE t.number = ? ORDER BY c.text", number));
        assertEquals(timeEntries, TestDatabase.column("SELECT e.activity FROM time_entry e JOIN service_ticket t"
                + " ON t.id = e.service_ticket_id WHERE t.number = ? ORDER BY e.activity", number));
        assertEquals(comments, TestDatabase.column("SELECT note FROM audit_event WHERE ticket_number = ?"
                + " AND field = 'comment' ORDER BY note", number), "each comment in the audit trail");
        assertEquals(timeEntries, TestDatabase.column("SELECT note FROM audit_event WHERE ticket_number = ?"
                + " AND field = 'time' ORDER BY note", number), "each time entry in the audit trail");
        assertEquals(List.of("true"), TestDatabase.column("SELECT CASE WHEN t.first_feedback_at ="
                + " (SELECT MIN(c.created_at) FROM ticket_comment c WHERE c.service_ticket_id = t.id"
                + " AND c.visibility = 'CUSTOMER') THEN 'true' ELSE 'false' END FROM service_ticket t"
                + " WHERE t.number = ?", number), "the first reply to the customer is the first feedback");

        assertTrue(edits.get() > 0, "some edits went through");
        assertTrue(!staleRefusals.isEmpty(), "the editors raced each other");
        for (String refusal : staleRefusals) {
            assertTrue(WHO_AND_WHEN.matcher(refusal).matches(), refusal);
        }
    }

    @Test
    void anAppendCarriesNoVersionSoAnOldOneRefusesNothing() throws Exception {
        long contact = Scenario.customerWithContact("NOVERSION", "en", "nora@noversion.example");
        JsonObject ticket = Scenario.service(Scenario.open("NOVERSION", contact, "HARDWARE", "LOW", "Old version"),
                "take-charge", body());
        Scenario.service(ticket, "assignment", body().add("operator", "luca"));

        HttpResponse<String> comment = Api.post("service-tickets/" + ticket.getString("number") + "/comments",
                body().add("version", 0).add("visibility", "INTERNAL").add("text", "Written on an old copy").build()
                        .toString(), "operator", Scenario.PASSWORD);

        assertEquals(201, comment.statusCode(), comment.body());
        assertEquals(List.of("Written on an old copy"), TestDatabase.column("SELECT c.text FROM ticket_comment c"
                + " JOIN service_ticket t ON t.id = c.service_ticket_id WHERE t.number = ?", ticket.getString("number")));
    }

    private static HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = send(client, HttpRequest.newBuilder(Api.BASE.resolve("session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + Scenario.PASSWORD + "\"}")));
        assertEquals(204, signIn.statusCode(), signIn.body());
        return client;
    }

    private static HttpResponse<String> post(HttpClient client, String path, jakarta.json.JsonObjectBuilder json)
            throws Exception {
        return send(client, HttpRequest.newBuilder(Api.BASE.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.build().toString(), StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
