package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.helpdesk.systemtest.HibernateStatistics.Counts;
import org.helpdesk.systemtest.HibernateStatistics.Reading;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the database is asked for the common requests, counted by Hibernate's statistics: statements prepared,
 * queries, entities and collections loaded (and how many of them lazily, one select each) and flushes. Each budget
 * is today's count, so a query per row of a list (N+1) or one more flush fails here, naming the operation, what it
 * took and which entity, collection or query moved.
 *
 * <p>The statistics count the whole persistence unit, and the server's timers use it too: the outbox sweep at
 * seconds 0 and 30 of every minute, the other schedules at second 0. Each request is measured between those
 * seconds, after a first run that is not counted (the caches filled, a new sequence's first ids), and measured again
 * (at most three times, the least counted) when it took more than its budget: something else may have run
 * meanwhile, and a sequence handing out its next block of ids adds a statement now and then (every 50 inserts of an
 * entity, and at its first two in a new database). Both only ever add to the counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementCountsIT {

    /** The closure's mail goes out right after its commit: this server takes it. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestPorts.smtp());

    private static final int ATTEMPTS = 3;

    @ArquillianResource
    private ManagementClient management;

    private HibernateStatistics statistics;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeEach
    void statistics() {
        statistics = HibernateStatistics.of(management);
    }

    @Test
    void openingATicket() {
        long contact = Scenario.customerWithContact("STATSOPEN", "en", "desk@statsopen.example");

        // Two inserts (the ticket, its audit event); the customer and the contact come from the second-level cache.
        measure("POST /service-tickets (open)", new Budget(2, 0, 0, 0, 0, 2),
                () -> () -> Scenario.open("STATSOPEN", contact, "HARDWARE", "AVERAGE", "Printer offline"));
    }

    @Test
    void readingATicketWithItsProgrammingTickets() {
        long contact = Scenario.customerWithContact("STATSREAD", "en", "desk@statsread.example");
        JsonObject t = takenInCharge(Scenario.open("STATSREAD", contact, "SOFTWARE_BUG", "AVERAGE", "Totals wrong"));
        String number = t.getString("number");
        Scenario.ok(Scenario.act(t, "service-tickets", "escalation", body().add("urgency", "AVERAGE")
                .add("title", "Fix the totals").add("description", "Reproduced"), "operator"), 201);
        for (int i = 1; i <= 2; i++) {
            JsonObject other = takenInCharge(Scenario.open("STATSREAD", contact, "SOFTWARE_BUG", "AVERAGE",
                    "Totals wrong too, " + i));
            String programming = Scenario.ok(Scenario.act(other, "service-tickets", "escalation",
                    body().add("urgency", "LOW").add("title", "Rounding " + i).add("description", "Seen twice"),
                    "operator"), 201).getString("number");
            Scenario.service(Scenario.get("service-tickets/" + number), "links",
                    body().add("programmingTicket", programming));
        }
        assertEquals(3, Scenario.get("service-tickets/" + number).getJsonArray("programmingTickets").size());

        // The ticket with its customer, and its programming tickets in one select; the hours are the ticket's own. One
        // more select reads the part of its audit trail the milestone clocks are replayed from (values, no entities).
        measure("GET /service-tickets/{number} (detail, 3 programming tickets)", new Budget(3, 0, 5, 0, 1, 1),
                () -> () -> Scenario.get("service-tickets/" + number));
    }

    @Test
    void listingFiftyTicketsOfACustomer() {
        long contact = Scenario.customerWithContact("STATSLIST", "en", "desk@statslist.example");
        for (int i = 1; i <= 60; i++) {
            JsonObject t = Scenario.open("STATSLIST", contact, i % 2 == 0 ? "HARDWARE" : "SOFTWARE_BUG",
                    i % 3 == 0 ? "HIGH" : "AVERAGE", "Call " + i);
            if (i % 4 == 0) {
                takenInCharge(t);
            }
        }

        // One select for the page (no entity: the rows are read as values), after the plan setting of PostgreSQL.
        // Three flushes of nothing: the filter's customer, checked from the second-level cache, is in the session,
        // and each native query flushes it first, as does the commit.
        measure("GET /service-tickets?customer=…&limit=50 (list)", new Budget(2, 2, 0, 0, 0, 3), () -> () -> {
            JsonObject page = Scenario.get("service-tickets?customer=STATSLIST&limit=50");
            assertEquals(50, page.getJsonArray("items").size(), page.toString());
        });
    }

    @Test
    void agreeingAClosure() {
        Scenario.customerWithContact("STATSCLOSE", "en", "desk@statsclose.example");

        // One flush writes the closure, its time entry and its audit events, so that a stale edit is refused naming
        // who made it; the commit's flush finds nothing left to write. No query for the hours: the ticket keeps them.
        // One select reads the trail the milestone clocks are replayed from; they are written with the ticket.
        measure("POST /service-tickets/{number}/closure (ticket without contact: no questionnaire, no mail)",
                new Budget(8, 1, 2, 0, 1, 2), () -> {
                    JsonObject verified = verified(openWithoutContact("STATSCLOSE"));
                    return () -> close(verified);
                });
    }

    @Test
    void agreeingAClosureThatMailsTheCustomer() {
        long contact = Scenario.customerWithContact("STATSMAIL", "en", "desk@statsmail.example");

        // The closure's transaction as above, whose one writing flush also writes the questionnaire and the queued
        // mail, then the sender's: the due mail's id, the mail, its status (one flush). Two statements thread the
        // mail in the ticket's conversation: the ticket's first and last mail received, our last mail sent. One more
        // reads the clocks' trail, as above.
        measure("POST /service-tickets/{number}/closure, its questionnaire and its mail, sent after the commit",
                new Budget(15, 3, 3, 0, 1, 3), () -> {
                    JsonObject verified = verified(Scenario.open("STATSMAIL", contact, "HARDWARE", "AVERAGE",
                            "Cable replaced"));
                    String number = verified.getString("number");
                    return () -> {
                        close(verified);
                        await("the closure's mail to be sent").atMost(Duration.ofSeconds(30))
                                .pollInterval(Duration.ofMillis(50))
                                .until(() -> TestDatabase.column("SELECT status FROM outbox_message"
                                        + " WHERE ticket_number = ?", number), s -> s.equals(List.of("SENT")));
                    };
                });
    }

    /**
     * Runs what {@code prepared} returns (the preparation itself is not counted) and checks its counts against
     * {@code budget}: once not counted, then up to {@link #ATTEMPTS} times, each with a new preparation, while
     * something else may have run at the same time. @return the counts that fit the budget
     */
    private Counts measure(String operation, Budget budget, Supplier<Runnable> prepared) {
        prepared.get().run();
        List<Counts> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Runnable request = prepared.get();
            awaitAwayFromTimers();
            Reading before = statistics.read();
            request.run();
            Counts counts = statistics.read().since(before);
            System.out.println("[statement counts] " + operation + ", attempt " + attempt + ": " + counts);
            if (budget.exceededBy(counts).isEmpty()) {
                return counts;
            }
            attempts.add(counts);
        }
        Counts least = attempts.stream().min(Comparator.comparingLong(Counts::statements)).orElseThrow();
        return fail(operation + " took more than today's " + budget + ": " + String.join(", ",
                budget.exceededBy(least)) + ".\nLeast of " + ATTEMPTS + " attempts: " + least);
    }

    /** Waits for a second of the minute at least 2 s after a timer and 4 s before the next one. */
    private static void awaitAwayFromTimers() {
        await("a second of the minute away from the server's timers").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    int second = LocalTime.now().getSecond() % 30;
                    return second >= 2 && second <= 25;
                });
    }

    /** The most an operation may take: today's counts. */
    private record Budget(long statements, long queries, long entityLoads, long entityFetches,
            long collectionFetches, long flushes) {

        List<String> exceededBy(Counts counts) {
            List<String> exceeded = new ArrayList<>();
            check("statements", statements, counts.statements(), exceeded);
            check("queries", queries, counts.queries(), exceeded);
            check("entities loaded", entityLoads, counts.entityLoads(), exceeded);
            check("entities loaded lazily", entityFetches, counts.entityFetches(), exceeded);
            check("collections loaded lazily", collectionFetches, counts.collectionFetches(), exceeded);
            check("flushes", flushes, counts.flushes(), exceeded);
            return exceeded;
        }

        private static void check(String what, long most, long counted, List<String> exceeded) {
            if (counted > most) {
                exceeded.add(counted + " " + what + " (at most " + most + ")");
            }
        }

        @Override
        public String toString() {
            return "budget of " + statements + " statements, " + queries + " queries, " + entityLoads
                    + " entities loaded (" + entityFetches + " lazily), " + collectionFetches
                    + " collections loaded lazily, " + flushes + " flushes";
        }
    }

    private static JsonObject openWithoutContact(String customer) {
        return Scenario.ok(Api.post("service-tickets", Json.createObjectBuilder().add("customer", customer)
                .add("channel", "PHONE").add("kind", "HARDWARE").add("severity", "AVERAGE")
                .add("subject", "Monitor flickers").add("description", "Called from the front desk").build()
                .toString(), "operator", Scenario.PASSWORD), 201);
    }

    private static JsonObject takenInCharge(JsonObject ticket) {
        return Scenario.service(ticket, "take-charge", body());
    }

    private static JsonObject verified(JsonObject ticket) {
        JsonObject t = Scenario.service(takenInCharge(ticket), "resolution", body());
        return Scenario.service(t, "verification", body().add("works", true));
    }

    private static void close(JsonObject verified) {
        JsonObject closed = Scenario.service(verified, "closure", body().add("agreedWith", "The owner")
                .add("how", "PHONE").add("minutesSpent", 20));
        assertEquals("CLOSED", closed.getString("state"));
    }
}
