package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Helpdesk on a cluster ({@link TestCluster}: two WildFly HA nodes behind the mod_cluster balancer, on a PostgreSQL
 * database of their own): users keep working when their node is killed, each piece of scheduled work runs once per
 * schedule, a monthly run survives its node, the outbox sends each mail once, and a change made on one node is seen
 * at once on the other. PostgreSQL only: the nodes share the database.
 *
 * <p>The cluster is started once for the class; a test that kills a node starts it again after itself, so every test
 * finds both nodes running, in any order.</p>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(ClusterIT.TAG)
@EnabledIfSystemProperty(named = "helpdesk.test.db", matches = "postgresql",
        disabledReason = "a cluster's nodes share a PostgreSQL database")
class ClusterIT {

    static final String TAG = "cluster";

    private static TestCluster cluster;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void bothNodesRunAgain() throws Exception {
        cluster.revive();
    }

    @Test
    void theHealthCheckSaysWhichNodeAnsweredAndHowManyTheClusterHas() {
        for (String node : List.of("node1", "node2")) {
            JsonObject health = Api.json(Api.at(URI.create(cluster.node(node).http() + "/helpdesk/api/")).get("health"));
            assertEquals(node, health.getString("node"), health.toString());
            await("both nodes in the heartbeat").atMost(Duration.ofSeconds(30)).until(() -> Api.json(
                    Api.at(URI.create(cluster.node(node).http() + "/helpdesk/api/")).get("health")).getInt("members") == 2);
        }
    }

    @Test
    void aUserSignedInThroughTheBalancerCarriesOnWithoutSigningInAgainWhenTheirNodeIsKilled() throws Exception {
        Session session = new Session(cluster.api().base());
        assertEquals(204, session.send("POST", "session", "{\"username\":\"operator\",\"password\":\"demo\"}")
                .statusCode());
        assertEquals("operator", json(session.send("GET", "me", null)).getString("username"));
        String served = session.node();
        assertTrue(served.equals("node1") || served.equals("node2"), "the session cookie names its node: " + served);

        long killed = System.nanoTime();
        cluster.node(served).kill();
        HttpResponse<String> me = session.send("GET", "me", null);
        long millis = (System.nanoTime() - killed) / 1_000_000;
        System.out.printf("[cluster] kill -9 of %s to the first answer of the other node: %d ms%n", served, millis);

        assertEquals(200, me.statusCode(), me.body());
        assertEquals("operator", json(me).getString("username"));
        assertEquals("Olivia Operator", json(me).getString("displayName"));
        assertNotEquals(served, session.node(), "the balancer moved the session to the node still running");
        HttpResponse<String> tickets = session.send("GET", "service-tickets?limit=1", null);
        assertEquals(200, tickets.statusCode(), "still signed in for the rest of the API: " + tickets.body());
    }

    @Test
    @Tag(Browser.TAG)
    void anOperatorHalfwayThroughANewTicketSavesItOnTheOtherNodeWhenTheirsIsKilled() throws Exception {
        Scenario.customerWithContact(cluster.api(), "CLFORM", "en", "it@clform.example");
        try (Browser operator = Browser.open(cluster.screens().toString())) {
            operator.signIn("operator");
            operator.go("app/tickets/new.xhtml");
            operator.type("ticket:customer_input", "CLFORM");
            operator.waitFor(By.cssSelector("li.ui-autocomplete-item[data-item-value='CLFORM']"));
            operator.clickElement(operator.driver.findElement(
                    By.cssSelector("li.ui-autocomplete-item[data-item-value='CLFORM']")));
            operator.choose("ticket:severity", "High");
            operator.type("ticket:subject", "Warehouse terminal frozen");
            operator.type("ticket:description", "The terminal froze while the node was being killed.");
            String served = operator.driver.manage().getCookieNamed("JSESSIONID").getValue().replaceFirst(".*\\.", "");

            cluster.node(served).kill();
            operator.click("ticket:save");

            operator.waitForText("state", "Taken in charge");
            assertEquals("Warehouse terminal frozen", operator.text("subject"));
            assertEquals("Olivia Operator", operator.text("signed-in-as"), "still signed in, on the other node");
            assertNotEquals(served, operator.driver.manage().getCookieNamed("JSESSIONID").getValue()
                    .replaceFirst(".*\\.", ""));
            operator.screenshot("cluster-form-saved-after-failover");
        }
        assertEquals(List.of("1"), cluster.database().firstColumn("SELECT COUNT(*) FROM service_ticket t"
                + " JOIN customer c ON c.id = t.customer_id WHERE c.code = 'CLFORM'"));
    }

    @Test
    void theServersScreenShowsBothNodesAndWhoHoldsEachPieceOfWork() throws Exception {
        await("both nodes in the heartbeat").atMost(Duration.ofSeconds(30)).until(() -> Api.json(
                cluster.api().get("health")).getInt("members") == 2);
        try (Browser admin = Browser.open(cluster.screens().toString())) {
            admin.signIn("admin");
            admin.click("nav-cluster");
            String nodes = admin.text("nodes");
            assertTrue(nodes.contains("node1") && nodes.contains("node2"), nodes);
            String leases = admin.text("leases");
            assertTrue(leases.contains("Sending the mail queued in the outbox"), leases);
            assertTrue(leases.contains("Replaying the milestone clocks"), leases);
            assertTrue(leases.matches("(?s).*Sending the mail queued in the outbox\\s+node[12].*"), leases);
            assertTrue(admin.text("answered-by").matches("This page was served by node[12]"), admin.text("answered-by"));
            admin.screenshot("cluster-servers");
        }
    }

    @Test
    void eachPieceOfContinuousWorkRunsOnOneNodePerScheduleTick() throws Exception {
        for (String node : List.of("node1", "node2")) {
            ModelNode logger = new ModelNode();
            logger.get("operation").set("add");
            logger.get("address").add("subsystem", "logging").add("logger", "org.helpdesk.cluster.jobs");
            logger.get("level").set("DEBUG");
            ModelNode answer = cluster.node(node).execute(logger);
            assertTrue(answer.get("outcome").asString().equals("success")
                    || answer.toString().contains("WFLYCTL0212"), answer.toString());
        }
        LocalDateTime from = LocalDateTime.now().withNano(0);
        await("seven clock replays and two outbox sweeps logged").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> ticks("clock-refresh", from, 10).size() >= 7 && ticks("outbox-sweep", from, 30).size() >= 2
                        && ticks("milestone-warnings", from, 30).size() >= 2);

        for (Map.Entry<String, Integer> job : Map.of("clock-refresh", 10, "outbox-sweep", 30, "milestone-warnings", 30)
                .entrySet()) {
            Map<LocalDateTime, List<String>> ticks = ticks(job.getKey(), from, job.getValue());
            ticks.forEach((tick, nodes) -> assertEquals(1, nodes.size(),
                    job.getKey() + " ran more than once for the tick " + tick + ": " + nodes));
        }
        // The timers of the hourly and quarter-hourly work live in the database: one per cluster (the nightly one too,
        // where the schedule is on; the test servers have it off).
        assertEquals(List.of("helpdesk.helpdesk-batch.MonthlyRunScheduler */15 1",
                "helpdesk.helpdesk-ejb.DefaultIdempotentRequests 23 1", "helpdesk.helpdesk-ejb.SurveyReminderSchedule 17 1"),
                cluster.database().firstColumn("SELECT CONCAT(timed_object_id, ' ', schedule_expr_minute, ' ', COUNT(*))"
                        + " FROM jboss_ejb_timer GROUP BY timed_object_id, schedule_expr_minute ORDER BY 1"));
    }

    @Test
    void aMonthlyRunWhoseNodeIsKilledFinishesOnTheOtherAndEveryCustomerGetsExactlyOneMail() throws Exception {
        List<String> codes = IntStream.rangeClosed(1, 12).mapToObj(i -> "CLRUN" + i).toList();
        YearMonth month = TestMonth.current();
        for (String code : codes) {
            long contact = Scenario.customerWithContact(cluster.api(), code, "en", mailOf(code));
            Scenario.open(cluster.api(), code, contact, "SOFTWARE_BUG", "AVERAGE", "Cluster run call of " + code);
        }
        OwnServer node1 = cluster.node("node1");
        long execution = node1.startMonthlyRun(month, codes);

        String archived = "SELECT COUNT(*) FROM report_archive a JOIN customer c ON c.id = a.customer_id"
                + " WHERE a.report_month = '" + month + "' AND c.code LIKE 'CLRUN%'";
        await("two reports archived").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> count(archived) >= 2);
        node1.kill();
        long killed = System.nanoTime();
        int before = count(archived);
        assertTrue(before < codes.size(), "killed in the middle of the run: " + before + " archived");
        long instance = Long.parseLong(cluster.database().firstColumn(
                "SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?", execution).get(0));

        await("node2 to take the run over and complete it").atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500)).until(() -> completed(instance));
        System.out.printf("[cluster] monthly run: node1 killed after %d of %d reports; completed on node2 %d s later%n",
                before, codes.size(), (System.nanoTime() - killed) / 1_000_000_000);

        for (String code : codes) {
            assertEquals(1, mailsTo(cluster.smtp(), mailOf(code)), code);
        }
        assertEquals(codes.size(), count(archived));
        assertTrue(Files.readString(cluster.node("node2").log()).contains("Monthly report run execution " + execution
                + " lost its server; restarted as"), "node2 restarted the run");
    }

    @Test
    void twoNodesSweepingAFullOutboxAtOnceSendEachMailOnce() throws Exception {
        int count = 200;
        // Mails given up on (after an SMTP outage, say): no sweep picks them up until someone asks for a retry.
        try (Connection c = cluster.database().connection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO outbox_message (id, version, kind, recipient, language, subject, body, status, attempts,"
                        + " created_at, next_attempt_at) VALUES (?, 0, 'CUSTOMER_UPDATE', ?, 'en', ?, ?, 'FAILED', 5,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, 900_000_000L + i);
                insert.setString(2, outboxMail(i));
                insert.setString(3, "Outbox mail " + i);
                insert.setString(4, "Sent once, whichever node sends it.");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // Both nodes are asked to send every unsent mail at the same moment, as two administrators would after an
        // SMTP outage; each sends on its own thread right after.
        List<CompletableFuture<HttpResponse<String>>> retries = new ArrayList<>();
        for (String node : List.of("node1", "node2")) {
            Api.Endpoint api = Api.at(URI.create(cluster.node(node).http() + "/helpdesk/api/"));
            retries.add(CompletableFuture.supplyAsync(() -> api.post("outbox/retry", "{}", "admin", "demo")));
        }
        for (CompletableFuture<HttpResponse<String>> retry : retries) {
            assertEquals(202, retry.get().statusCode(), retry.get().body());
        }

        await("every mail sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) FROM outbox_message WHERE id >= 900000000 AND status = 'SENT'")
                        == count);
        Map<String, Long> received = Arrays.stream(cluster.smtp().getReceivedMessages())
                .map(ClusterIT::recipient).filter(to -> to.startsWith("outbox-"))
                .collect(Collectors.groupingBy(to -> to, Collectors.counting()));
        assertEquals(count, received.size(), "every mail arrived");
        received.forEach((to, times) -> assertEquals(1L, times, to + " received it " + times + " times"));
    }

    @Test
    void aChangeMadeOnOneNodeIsSeenAtOnceOnTheOther() {
        Api.Endpoint node1 = Api.at(URI.create(cluster.node("node1").http() + "/helpdesk/api/"));
        Api.Endpoint node2 = Api.at(URI.create(cluster.node("node2").http() + "/helpdesk/api/"));
        JsonObject before = secondary(node2);
        int minutes = before.getInt("takingChargeMinutes") + 7;
        JsonObject changed = Scenario.ok(node1.put("milestone-targets/SECONDARY", Json.createObjectBuilder()
                .add("version", before.getJsonNumber("version").longValue()).add("takingChargeMinutes", minutes)
                .add("firstFeedbackMinutes", before.getInt("firstFeedbackMinutes"))
                .add("resolutionMinutes", before.getInt("resolutionMinutes")).build().toString(), "admin", "demo"), 200);
        assertEquals(minutes, changed.getInt("takingChargeMinutes"));
        assertEquals(minutes, secondary(node2).getInt("takingChargeMinutes"), "node2 reads the change at once");

        long contact = Scenario.customerWithContact(node1, "CLCACHE", "it", "cache@clcache.example");
        JsonObject customer = Scenario.ok(node2.get("customers/CLCACHE", "operator", "demo"), 200);
        assertTrue(customer.toString().contains("cache@clcache.example"), customer.toString());
        Scenario.ok(node1.post("customers/CLCACHE/contacts", Json.createObjectBuilder().add("name", "Second contact")
                .add("email", "second@clcache.example").add("phone", "+39 02 5678").add("language", "en")
                .add("receivesMonthlyReport", false).build().toString(), "admin", "demo"), 201);
        JsonObject again = Scenario.ok(node2.get("customers/CLCACHE", "operator", "demo"), 200);
        assertTrue(again.toString().contains("second@clcache.example"), "node2 sees the contact added on node1: "
                + again + " (first contact " + contact + ")");
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject secondary(Api.Endpoint api) {
        return Api.jsonArray(api.get("milestone-targets", "admin", "demo")).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("severity").equals("SECONDARY")).findFirst().orElseThrow();
    }

    /**
     * The ticks at which {@code job} ran since {@code from}, by the node logs' DEBUG lines of
     * {@code org.helpdesk.cluster.jobs}: each line's time rounded down to the job's period, and the nodes that ran it.
     */
    private static Map<LocalDateTime, List<String>> ticks(String job, LocalDateTime from, int periodSeconds)
            throws IOException {
        Pattern line = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d),\\d+ (?:DEBUG|FINE)\\s+\\[org\\.helpdesk\\.cluster"
                + "\\.jobs\\].*Scheduled job " + Pattern.quote(job) + " runs on (\\S+)$");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<LocalDateTime, List<String>> ticks = new TreeMap<>();
        for (String node : List.of("node1", "node2")) {
            if (!Files.exists(cluster.node(node).log())) {
                continue;
            }
            for (String text : Files.readAllLines(cluster.node(node).log(), StandardCharsets.UTF_8)) {
                Matcher m = line.matcher(text);
                if (m.matches()) {
                    LocalDateTime at = LocalDateTime.parse(m.group(1), format);
                    if (!at.isBefore(from)) {
                        LocalDateTime tick = at.withSecond(at.getSecond() / periodSeconds * periodSeconds);
                        ticks.computeIfAbsent(tick, t -> new ArrayList<>()).add(m.group(2));
                    }
                }
            }
        }
        return ticks;
    }

    private static String mailOf(String code) {
        return "reports@" + code.toLowerCase() + ".example";
    }

    private static String outboxMail(int i) {
        return "outbox-" + i + "@cluster.example";
    }

    private static int count(String sql) throws Exception {
        return Integer.parseInt(cluster.database().firstColumn(sql).get(0));
    }

    private static boolean completed(long instance) {
        Api.Endpoint node2 = Api.at(URI.create(cluster.node("node2").http() + "/helpdesk/api/"));
        return Api.jsonArray(node2.get("monthly-runs", "admin", "demo")).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("instanceId").longValue() == instance
                        && r.getString("status").equals("COMPLETED"));
    }

    private static long mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).count();
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null || to.length == 0 ? "" : to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Api.json(response);
    }

    /** A client of the REST API through the balancer with a session cookie, as a script or an app holds one. */
    private static final class Session {

        private final URI base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        Session(URI base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** @return the node the session cookie is routed to (the JSESSIONID's route suffix) */
        String node() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("");
        }
    }
}
