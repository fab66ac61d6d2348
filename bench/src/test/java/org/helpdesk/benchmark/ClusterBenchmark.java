package org.helpdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.helpdesk.benchmark.ClosedLoop.Result;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The cost of the cluster: ticket creation over REST through the load balancer at 16 clients, first with one node
 * behind it, then with two, on this machine's cores; then the time from {@code kill -9} of the node that holds a
 * session to that session's first successful request on the other node; then the database's own ceiling for the same
 * rows (raw JDBC at 16 threads), the limit any number of nodes shares. Prints CPU per create (the WildFly processes:
 * nodes and balancer; PostgreSQL apart), throughput and latency, and what N nodes on N machines would reach.
 *
 * <p>It starts its own servers from the benchmark's WildFly, configured like the product's (helpdesk-ha.xml,
 * helpdesk-balancer.xml): node1 at port offset 400 (HTTP 8480), node2 at 500 (8580), the balancer at 600 (8680, MCMP
 * 8699), on the benchmark database, which it fills with {@code benchmark.cluster.customers} customers and
 * {@code benchmark.cluster.tickets} tickets first.</p>
 */
class ClusterBenchmark {

    private static final int NODE1 = 400;
    private static final int NODE2 = 500;
    private static final int BALANCER = 600;
    private static final int CLIENTS = 16;

    private final BenchmarkReport report = new BenchmarkReport("cluster");
    private final TicketBenchmark.Settings settings = TicketBenchmark.Settings.fromSystemProperties();
    private final int customers = Integer.getInteger("benchmark.cluster.customers", 1000);
    private final int tickets = Integer.getInteger("benchmark.cluster.tickets", 20_000);
    private final int warmupSeconds = Integer.getInteger("benchmark.cluster.warmup.seconds", 30);
    private final int seconds = Integer.getInteger("benchmark.cluster.seconds", 40);
    private final int failovers = Integer.getInteger("benchmark.cluster.failovers", 3);
    private final Map<String, Server> servers = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    /** A server this benchmark started. */
    private record Server(String name, int offset, Process process, Path base) {

        URI api() {
            return URI.create("http://127.0.0.1:" + (8080 + offset) + "/helpdesk/api/");
        }
    }

    @Test
    void measure() throws Exception {
        out("Cluster benchmark: %s on %d CPUs, load average %s; %d clients, %d s warm-up + %d s measured per setup",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                BenchmarkReport.loadAverage(), CLIENTS, warmupSeconds, seconds);
        try {
            // node1 creates the schema; the data is loaded while no server runs (its background work would update
            // the same rows), then node1 starts again on it.
            start("node1", NODE1, "helpdesk-ha.xml");
            awaitUp(servers.get("node1").api(), "node1");
            stop(servers.get("node1"));
            DataGenerator.Result loaded = new DataGenerator(DataGenerator.Settings.of(settings.seed, customers, tickets,
                    settings.loadThreads)).load(settings::connect, line -> { });
            out("Data: %s", loaded);
            start("node1", NODE1, "helpdesk-ha.xml");
            awaitUp(servers.get("node1").api(), "node1");
            start("balancer", BALANCER, "helpdesk-balancer.xml");
            URI through = URI.create("http://127.0.0.1:" + (8080 + BALANCER) + "/helpdesk/api/");
            awaitUp(through, "the balancer");

            List<TicketBenchmark.Caller> callers;
            try (Connection c = settings.connect()) {
                callers = TicketBenchmark.callers(c);
            }
            try (ResourceMeter meter = new ResourceMeter(settings.connect(), this::serverProcesses)) {
                Result one = creates("one node behind the balancer", through, callers, meter);

                start("node2", NODE2, "helpdesk-ha.xml");
                awaitUp(servers.get("node2").api(), "node2");
                awaitRoutedTo(through, "node2");
                Result two = creates("two nodes behind the balancer", through, callers, meter);

                List<Long> failover = failovers(through);
                Result jdbc = ClosedLoop.run("raw JDBC: ticket + 'created' audit row", CLIENTS,
                        Duration.ofSeconds(5), Duration.ofSeconds(20),
                        i -> new TicketBenchmark.JdbcCreator(settings.connect(), callers,
                                new Random(settings.seed * 17 + i)), meter);
                print(one, two, jdbc, failover);
            }
        } finally {
            stopAll();
            report.save();
        }
        assertEquals(List.of(), errors, "the benchmark must run without errors");
    }

    // ------------------------------------------------------------------------------------------------ measuring

    private Result creates(String setup, URI through, List<TicketBenchmark.Caller> callers, ResourceMeter meter)
            throws Exception {
        out("%nCreation through the balancer, %s: %d clients, each signed in once (its session on one node)", setup,
                CLIENTS);
        Result result = ClosedLoop.run("REST POST service-tickets, " + setup, CLIENTS,
                Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds),
                i -> TicketBenchmark.creator(new KeepAliveClient(through, settings.username, settings.password, true),
                        "service-tickets", new Random(settings.seed * 37 + i), i, callers), meter);
        if (result.errors() > 0) {
            errors.add(result.name() + ": " + result.errors() + " errors, first " + result.firstError());
        }
        ResourceMeter.Usage u = result.usage();
        out("  %,9.1f creates/s  p50 %6.2f ms  p99 %6.2f ms  WildFly CPU %.2f ms/create  PostgreSQL CPU %.2f ms/create"
                + "  machine busy %.0f%%  errors %d", result.perSecond(), result.millis(50), result.millis(99),
                u.serverCpuMillis() / result.operations(), u.postgresCpuMillis() / result.operations(),
                100 * u.machineBusy(), result.errors());
        return result;
    }

    /** @return for each trial, milliseconds from {@code kill -9} of the session's node to its first 200 elsewhere */
    private List<Long> failovers(URI through) throws Exception {
        out("%nFailover: a signed-in client through the balancer, its node killed with kill -9, %d times", failovers);
        List<Long> times = new ArrayList<>();
        for (int trial = 1; trial <= failovers; trial++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(through.resolve("session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + settings.username
                            + "\",\"password\":\"" + settings.password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() != 204) {
                errors.add("failover sign-in: " + signIn.statusCode());
                continue;
            }
            String node = get(client, through.resolve("health")).body().replaceAll(".*\"node\":\"([^\"]+)\".*", "$1");
            Server victim = servers.get(node);
            long killed = System.nanoTime();
            victim.process().destroyForcibly();
            victim.process().waitFor();
            long millis = -1;
            // What each failed attempt got, and the longest one took: a 503 is the balancer with no node to give
            // the request to, a wait is a node holding the request (a cache waiting for the new view).
            Map<String, Integer> failed = new TreeMap<>();
            long longest = 0;
            for (int attempt = 0; attempt < 3000 && millis < 0; attempt++) {
                long sent = System.nanoTime();
                String outcome;
                try {
                    int status = get(client, through.resolve("me")).statusCode();
                    if (status == 200) {
                        millis = (System.nanoTime() - killed) / 1_000_000;
                    }
                    outcome = String.valueOf(status);
                } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
                }
                long took = (System.nanoTime() - sent) / 1_000_000;
                if (millis < 0) {
                    failed.merge(outcome, 1, Integer::sum);
                    longest = Math.max(longest, took);
                    Thread.sleep(20);
                } else {
                    out("  trial %d: %s killed, first successful request after %d ms (that request %d ms); before it"
                            + " %s, the longest %d ms", trial, node, millis, took, failed, longest);
                }
            }
            if (millis < 0) {
                out("  trial %d: %s killed, no successful request; the attempts got %s", trial, node, failed);
                errors.add("failover trial " + trial + ": no successful request within a minute");
            } else {
                times.add(millis);
            }
            // Started again once the survivor's view has let it go: a node that joins while its previous life is
            // still a member would wait for a state transfer from it.
            Server survivor = servers.get(victim.name().equals("node1") ? "node2" : "node1");
            for (int i = 0; i < 900 && view(survivor).contains(victim.name()); i++) {
                Thread.sleep(100);
            }
            start(victim.name(), victim.offset(), "helpdesk-ha.xml");
            awaitUp(servers.get(victim.name()).api(), victim.name());
            // The next trial starts from two nodes the balancer both routes to: until the restarted one is routed to,
            // every session is on the other, and killing that one leaves the balancer nothing to answer with.
            awaitRoutedTo(through, victim.name());
            for (int i = 0; i < 600 && !view(survivor).contains(victim.name()); i++) {
                Thread.sleep(100);
            }
        }
        return times;
    }

    /** @return the server's JGroups view as its management interface reads it ("" while it has none) */
    private static String view(Server server) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1",
                9990 + server.offset())) {
            ModelNode read = new ModelNode();
            read.get("operation").set("read-attribute");
            read.get("address").add("subsystem", "jgroups").add("channel", "ee");
            read.get("name").set("view");
            ModelNode answer = client.execute(read);
            return answer.get("outcome").asString().equals("success") ? answer.get("result").asString() : "";
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------------------------------------- report

    private void print(Result one, Result two, Result jdbc, List<Long> failover) {
        double cpuOne = one.usage().serverCpuMillis() / one.operations();
        double cpuTwo = two.usage().serverCpuMillis() / two.operations();
        double pgOne = one.usage().postgresCpuMillis() / one.operations();
        out("%n| setup | creates/s | p50 ms | p99 ms | WildFly CPU ms/create | PostgreSQL CPU ms/create |");
        out("| --- | --- | --- | --- | --- | --- |");
        for (Result r : List.of(one, two)) {
            out("| %s | %,.0f | %.2f | %.2f | %.2f | %.2f |", r.name().replace("REST POST service-tickets, ", ""),
                    r.perSecond(), r.millis(50), r.millis(99), r.usage().serverCpuMillis() / r.operations(),
                    r.usage().postgresCpuMillis() / r.operations());
        }
        out("| raw JDBC, %d threads (the database's ceiling) | %,.0f | %.2f | %.2f | - | %.2f |", CLIENTS,
                jdbc.perSecond(), jdbc.millis(50), jdbc.millis(99), jdbc.usage().postgresCpuMillis() / jdbc.operations());
        out("%nCost of the cluster against one node (same run): CPU per create %+.0f%%, p99 %+.0f%%, throughput %+.0f%%",
                100 * (cpuTwo / cpuOne - 1), 100 * (two.millis(99) / one.millis(99) - 1),
                100 * (two.perSecond() / one.perSecond() - 1));
        List<Long> sorted = failover.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            out("kill -9 to the first successful request on the survivor: %s ms (median %d ms)", sorted,
                    sorted.get(sorted.size() / 2));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out("%nOn paper, N nodes on N machines of %d cores each, the database on a machine of its own of %d cores:",
                cores, cores);
        double perNode = 1000.0 * cores / cpuTwo;
        double dbCeiling = Math.max(jdbc.perSecond(), 1000.0 * cores / Math.max(pgOne, 0.001));
        out("  a node's cores allow %,.0f creates/s (%.2f ms of WildFly CPU each); the database's ceiling measured here"
                + " is %,.0f/s (raw JDBC), %,.0f/s by its CPU per create with the machine to itself", perNode, cpuTwo,
                jdbc.perSecond(), 1000.0 * cores / Math.max(pgOne, 0.001));
        for (int n : new int[] {1, 2, 4, 8}) {
            double reach = Math.min(n * perNode, dbCeiling);
            out("  N = %d: about %,.0f creates/s%s", n, reach, n * perNode > dbCeiling ? " (the database's limit)" : "");
        }
        out("Ceiling check: two nodes reach %.0f%% of one node's throughput on these %d cores (must be at least 50%%:"
                + " %s)", 100 * two.perSecond() / one.perSecond(), cores,
                two.perSecond() >= 0.5 * one.perSecond() ? "MET" : "MISSED");
        if (two.perSecond() < 0.5 * one.perSecond()) {
            errors.add("two nodes reached less than half of one node's throughput");
        }
    }

    // ------------------------------------------------------------------------------------------------ servers

    private List<ProcessHandle> serverProcesses() {
        return servers.values().stream().map(s -> s.process().toHandle()).filter(ProcessHandle::isAlive).toList();
    }

    private void start(String name, int offset, String config) throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path base = home.getParent().resolve("cluster").resolve(name);
        if (!servers.containsKey(name)) {
            delete(base);
            Files.createDirectories(base.resolve("deployments"));
            copy(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
            if (!config.equals("helpdesk-balancer.xml")) {
                Files.copy(Path.of(System.getProperty("helpdesk.ear")), base.resolve("deployments").resolve("helpdesk.ear"));
            }
        }
        List<String> options = new ArrayList<>(List.of(System.getProperty("benchmark.server.jvm", "-Xms1g -Xmx1g")
                .trim().split("\\s+")));
        options.addAll(List.of("-Djava.net.preferIPv4Stack=true", "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + offset, "-Dhelpdesk.db=postgresql",
                "-Dhelpdesk.smtp.host=127.0.0.1",
                "-Dhelpdesk.smtp.port=" + Integer.getInteger("benchmark.smtp.port", 3125),
                "-Dhelpdesk.mail.in.mailboxes=", "-Dhelpdesk.reports.schedule.enabled=false"));
        if (!config.equals("helpdesk-balancer.xml")) {
            // Where the nodes register: the balancer's MCMP port (8099 shifted by its port offset).
            options.add("-Dhelpdesk.balancer.port=" + (8099 + BALANCER));
        }
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home).setServerConfiguration(config)
                .setBaseDirectory(base).addJavaOptions(options);
        String url = settings.jdbcUrl.replaceFirst("\\?.*$", "");
        Process process = Launcher.of(command).addEnvironmentVariable("HELPDESK_DB_URL", url)
                .setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile())).launch();
        servers.put(name, new Server(name, offset, process, base));
        out("%s started (pid %d, port offset %d)", name, process.pid(), offset);
    }

    private void awaitUp(URI api, String what) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> health = get(client, api.resolve("health"));
                if (health.body().contains("\"database\":{\"detail\":\"PostgreSQL\",\"status\":\"UP\"}")) {
                    out("%s answers", what);
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " did not come up within 5 minutes");
    }

    /** Waits until a request without a session, through the balancer, is answered by {@code node}. */
    /**
     * Waits until the balancer sends {@code node} the requests of a session that lives there (a cookie with its route),
     * and says how long that took.
     */
    private void awaitRoutedTo(URI through, String node) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(through.resolve("health")).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=probe." + node).GET().build();
        long from = System.nanoTime();
        for (int i = 0; i < 600; i++) {
            if (client.send(health, HttpResponse.BodyHandlers.ofString()).body()
                    .contains("\"node\":\"" + node + "\"")) {
                out("  the balancer routes to %s, %d ms after it answered on its own port", node,
                        (System.nanoTime() - from) / 1_000_000);
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the balancer never routed to " + node);
    }

    private static void stop(Server server) throws InterruptedException {
        server.process().destroy();
        if (!server.process().waitFor(60, TimeUnit.SECONDS)) {
            server.process().destroyForcibly();
            server.process().waitFor();
        }
    }

    private void stopAll() {
        for (Server server : servers.values()) {
            server.process().destroy();
        }
        for (Server server : servers.values()) {
            try {
                if (!server.process().waitFor(60, TimeUnit.SECONDS)) {
                    server.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.process().destroyForcibly();
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    private void out(String format, Object... args) {
        report.line(format, args);
    }
}
