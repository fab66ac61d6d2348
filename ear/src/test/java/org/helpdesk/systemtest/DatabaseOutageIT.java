package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sending a creation again is safe ({@code Idempotency-Key}), and a database that goes away under load loses no
 * acknowledged write, makes no duplicate, and is told truthfully to the clients (503, {@code Retry-After}, saved or
 * not) and to the health check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> OUTAGE_MESSAGES = Set.of(
            "The database cannot be reached at the moment, so the password cannot be checked. Try again in a few"
                    + " seconds.",
            "The database cannot be reached at the moment: nothing was saved. Try again in a few seconds.",
            "The database stopped answering while the change was being saved: it may or may not have been saved."
                    + " Check before doing it again, or send the same request again with the same Idempotency-Key"
                    + " header, which never saves it twice.");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aCreationSentAgainWithItsKeyIsAnsweredAgainAndCreatedOnce() throws Exception {
        String customer = "IDEM" + (System.nanoTime() % 100_000);
        long contact = Scenario.customerWithContact(customer, "en", "idem@example.com");
        String key = "key-" + System.nanoTime();
        String subject = "Printer jams " + key;

        HttpResponse<String> first = create(customer, contact, subject, key);
        HttpResponse<String> again = create(customer, contact, subject, key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotency-Replayed").orElse(null));
        assertFalse(first.headers().firstValue("Idempotency-Replayed").isPresent());
        assertEquals(Api.json(first).getString("number"), Api.json(again).getString("number"));
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(1, ticketsWithSubject(subject));

        HttpResponse<String> otherRequest = create(customer, contact, subject + " (another)", key);
        assertEquals(422, otherRequest.statusCode(), otherRequest.body());
        assertTrue(Api.json(otherRequest).getString("detail").contains("already used for another request"));

        String number = Api.json(first).getString("number");
        String comment = "{\"visibility\":\"INTERNAL\",\"text\":\"Called back " + key + "\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post("service-tickets/" + number + "/comments", comment, "comment-" + key)
                    .statusCode());
        }
        assertEquals(List.of("1"), TestDatabase.column("SELECT COUNT(*) FROM ticket_comment WHERE text = ?",
                "Called back " + key));

        HttpResponse<String> tooLong = post("service-tickets/" + number + "/comments", comment, "k".repeat(201));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
    }

    @Test
    void theSameKeySentTwiceAtOnceCreatesOnce() throws Exception {
        String customer = "TWIN" + (System.nanoTime() % 100_000);
        long contact = Scenario.customerWithContact(customer, "en", "twin@example.com");
        String key = "twin-" + System.nanoTime();
        String subject = "Screen flickers " + key;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> create(customer, contact, subject, key)));
            }
            Set<String> numbers = ConcurrentHashMap.newKeySet();
            for (Future<HttpResponse<String>> answer : sent) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
                numbers.add(Api.json(answer.get()).getString("number"));
            }
            assertEquals(1, numbers.size(), numbers.toString());
            assertEquals(1, ticketsWithSubject(subject));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Four clients open tickets, each with its own key, and send a request again with the same key whenever it was
     * not answered 201. Meanwhile the database goes away as in a restart: every session of the test database is
     * ended and new ones are refused for three seconds.
     */
    @Test
    void aDatabaseRestartUnderLoadLosesNoAcknowledgedTicketAndMakesNoDuplicate() throws Exception {
        Assumptions.assumeTrue(System.getProperty("helpdesk.test.jdbc.url").startsWith("jdbc:postgresql:"),
                "a restart of PostgreSQL");
        String customer = "OUT" + (System.nanoTime() % 100_000);
        long contact = Scenario.customerWithContact(customer, "en", "outage@example.com");
        String run = "outage-" + System.nanoTime();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<String> wrongAnswers = new CopyOnWriteArrayList<>();
        List<String> healthDuringOutage = new CopyOnWriteArrayList<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch underWay = new CountDownLatch(20);
        int perClient = 40;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        String key = run + "-" + client + "-" + i;
                        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
                        while (true) {
                            attempts.incrementAndGet();
                            HttpResponse<String> answer;
                            if (Instant.now().isAfter(giveUp)) {
                                throw new AssertionError("not created within a minute: " + key);
                            }
                            try {
                                answer = create(customer, contact, "Ticket " + key, key);
                            } catch (IOException e) {
                                continue;
                            }
                            if (answer.statusCode() == 201) {
                                acknowledged.put(key, Api.json(answer).getString("number"));
                                underWay.countDown();
                                break;
                            }
                            if (answer.statusCode() == 503) {
                                unavailable.incrementAndGet();
                                String detail = Api.json(answer).getString("detail");
                                if (!OUTAGE_MESSAGES.contains(detail)
                                        || answer.headers().firstValue("Retry-After").isEmpty()) {
                                    wrongAnswers.add(answer.statusCode() + " " + answer.headers().map() + " "
                                            + answer.body());
                                }
                            } else {
                                wrongAnswers.add(answer.statusCode() + " " + answer.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            assertTrue(underWay.await(60, TimeUnit.SECONDS), "20 tickets before the outage");
            outage(Duration.ofSeconds(3), healthDuringOutage);
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        System.out.printf("Database outage under load: %d attempts, %d answered 503, %d tickets acknowledged%n",
                attempts.get(), unavailable.get(), acknowledged.size());
        assertEquals(List.of(), wrongAnswers, "every failure is a 503 with Retry-After and a truthful message");
        assertTrue(unavailable.get() > 0, "the outage reached the clients");
        assertTrue(healthDuringOutage.contains("DOWN"), "health during the outage: " + healthDuringOutage);
        assertEquals(4 * perClient, acknowledged.size());
        for (Map.Entry<String, String> ticket : acknowledged.entrySet()) {
            assertEquals(List.of(ticket.getValue()), TestDatabase.column(
                    "SELECT number FROM service_ticket WHERE subject = ?", "Ticket " + ticket.getKey()),
                    "exactly the acknowledged ticket for " + ticket.getKey());
        }
        JsonObject health = Api.json(Api.get("health"));
        assertEquals("UP", health.getJsonObject("database").getString("status"), health.toString());
    }

    /** Ends every session of the test database and refuses new ones for {@code length}, as a restart does. */
    private static void outage(Duration length, List<String> health) throws SQLException {
        String url = System.getProperty("helpdesk.test.jdbc.url");
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection admin = DriverManager.getConnection(url.replace("/" + database, "/postgres"),
                System.getProperty("helpdesk.test.jdbc.user"), System.getProperty("helpdesk.test.jdbc.password"));
                Statement sql = admin.createStatement();
                PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid)"
                        + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            try {
                terminate.setString(1, database);
                terminate.execute();
                Instant end = Instant.now().plus(length);
                while (Instant.now().isBefore(end)) {
                    health.add(Api.json(Api.get("health")).getString("status"));
                }
            } finally {
                sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
            }
        }
    }

    private static HttpResponse<String> create(String customer, long contact, String subject, String key)
            throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("customer", customer).add("contactId", contact)
                .add("channel", "PHONE").add("kind", "HARDWARE").add("severity", "LOW").add("subject", subject)
                .add("description", "Reported on the phone").build().toString();
        return post("service-tickets", body, key);
    }

    private static HttpResponse<String> post(String path, String json, String key)
            throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(Api.BASE.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("operator:" + Scenario.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int ticketsWithSubject(String subject) throws SQLException {
        return Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM service_ticket WHERE subject = ?",
                subject).get(0));
    }
}
