package org.helpdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import org.helpdesk.benchmark.ClosedLoop.Result;
import org.helpdesk.benchmark.ClosedLoop.Worker;
import org.helpdesk.benchmark.floor.FloorTickets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The performance benchmark ({@code ./mvnw verify -Pbenchmark}, see docs/benchmarks.md). In one run, on the
 * server and database the profile prepares:
 * <ol>
 * <li>loads {@code benchmark.tickets} service tickets for {@code benchmark.customers} customers with
 * {@link DataGenerator}, then VACUUM ANALYZE;</li>
 * <li>reads at that size, one request at a time over random samples: one customer's tickets for one month and a
 * ticket's detail with its audit trail, over REST and as the same SQL;</li>
 * <li>creates tickets over REST at each of {@code benchmark.clients} concurrent clients, then writes the same rows
 * with raw JDBC at each of {@code benchmark.jdbc.threads} threads: the ceiling the database allows;</li>
 * <li>between the two, creates the same tickets at 16 clients on {@code floor.war}, deployed beside the
 * application: the platform's floor, the same two rows without the application's layers ({@link FloorTickets});</li>
 * <li>prints the figures next to the targets, MET or MISSED, and saves them in {@code target/benchmark/}.</li>
 * </ol>
 * A missed target never fails the build; an error (a non-2xx answer, a failed statement) does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketBenchmark {

    // Targets of the issue.
    static final double TARGET_CREATES_PER_SECOND = 2000;
    static final double TARGET_SHARE_OF_JDBC = 0.25;
    static final double TARGET_CREATE_P99_MS = 50;
    static final double TARGET_LIST_P50_MS = 5;
    static final double TARGET_DETAIL_P50_MS = 15;
    static final int TARGET_CLIENTS = 16;
    /** The warm-up ends once the JIT compiler takes less than this share of the server's CPU. */
    static final double SETTLED_JIT_SHARE = 0.03;

    private final Settings settings = Settings.fromSystemProperties();
    private final List<String> errors = new ArrayList<>();
    private String warmedUp = "not warmed up";
    private final BenchmarkReport report = new BenchmarkReport("report");

    @Deployment(name = "helpdesk", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("helpdesk.ear", "target/helpdesk.ear")));
    }

    /** The platform's floor for the same create, beside the application: see {@link FloorTickets}. */
    @Deployment(name = "floor", order = 2, testable = false)
    static WebArchive floor() {
        return ShrinkWrap.create(WebArchive.class, "floor.war").addPackage(FloorTickets.class.getPackage());
    }

    @Test
    void measure() throws Exception {
        out("Helpdesk benchmark: %s on %d CPUs, load average %s, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), BenchmarkReport.loadAverage(), settings);
        try (ResourceMeter meter = new ResourceMeter(settings.connect())) {
            checkSignIn();
            DataGenerator.Result loaded = generate();
            String database = describeDatabase();
            List<Sample> samples = samples(settings.readSamples);
            List<Caller> callers = callers();
            warmUp(samples, callers, meter);
            List<Result> reads = reads(samples, meter);
            List<Result> creates = creates(callers, meter);
            creates.addAll(floors(callers, meter));
            List<Result> jdbc = jdbcInserts(callers, meter);
            printTable(loaded, database, reads, creates, jdbc);
            explainReads();
        }
        report.save();
        assertEquals(List.of(), errors, "the benchmark must run without errors");
    }

    // ------------------------------------------------------------------------------------------------ preparation

    private void checkSignIn() throws Exception {
        HelpdeskClient client = settings.client(false);
        HttpResponse<String> me = client.get("me");
        if (!client.ok(me)) {
            throw new IllegalStateException("Cannot sign in as " + settings.username + ": " + client.lastFailure());
        }
        out("Server answers at %s as %s (WildFly pid %s)", settings.base, settings.username,
                ProcessHandle.current().descendants()
                        .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")).orElse(false))
                        .map(p -> String.valueOf(p.pid())).findFirst().orElse("?"));
    }

    private DataGenerator.Result generate() throws Exception {
        out("%nLoading %,d service tickets for %,d customers (seed %d, %d writer threads)...", settings.tickets,
                settings.customers, settings.seed, settings.loadThreads);
        DataGenerator.Result result = new DataGenerator(DataGenerator.Settings.of(settings.seed, settings.customers,
                settings.tickets, settings.loadThreads)).load(settings::connect, line -> out("%s", line));
        out("Generated: %s", result);
        long started = System.nanoTime();
        try (Connection c = settings.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM (ANALYZE)");
        }
        out("VACUUM (ANALYZE) in %.1f s", (System.nanoTime() - started) / 1e9);
        return result;
    }

    private String describeDatabase() throws SQLException {
        try (Connection c = settings.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM service_ticket),"
                        + " (SELECT count(*) FROM audit_event), pg_size_pretty(pg_database_size(current_database())),"
                        + " version()")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d service tickets, %,d audit events, %s on disk; %s", rs.getLong(1),
                    rs.getLong(2), rs.getString(3), rs.getString(4).replaceAll(" on .*", ""));
        }
    }

    // ------------------------------------------------------------------------------------------------------ reads

    /** A generated ticket: its number, customer and the month it was opened in. */
    private record Sample(String number, long id, String customer, YearMonth month, String severity) {
    }

    private List<Sample> samples(int count) throws SQLException {
        List<Sample> samples = new ArrayList<>();
        try (Connection c = settings.connect()) {
            double rows;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT reltuples FROM pg_class WHERE relname = 'service_ticket'")) {
                rs.next();
                rows = Math.max(1, rs.getDouble(1));
            }
            double percent = Math.min(100, 100.0 * count * 3 / rows);
            try (PreparedStatement s = c.prepareStatement("SELECT st.number, st.id, c.code, st.opened_at, st.severity"
                    + " FROM service_ticket st TABLESAMPLE BERNOULLI (" + String.format(Locale.ROOT, "%.6f", percent)
                    + ") REPEATABLE (" + settings.seed + ") JOIN customer c ON c.id = st.customer_id"
                    + " WHERE c.code LIKE 'C%' ORDER BY st.id LIMIT ?")) {
                s.setInt(1, count);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OffsetDateTime opened = rs.getObject(4, OffsetDateTime.class);
                        samples.add(new Sample(rs.getString(1), rs.getLong(2), rs.getString(3),
                                YearMonth.from(opened.withOffsetSameInstant(ZoneOffset.UTC)), rs.getString(5)));
                    }
                }
            }
        }
        // Random order, so that neighbouring requests do not hit neighbouring pages.
        java.util.Collections.shuffle(samples, new Random(settings.seed));
        return samples;
    }

    static final String LIST_SQL = "SELECT st.number, st.state, c.code, st.severity, st.kind, st.channel, st.subject,"
            + " st.assigned_operator, st.opened_at FROM service_ticket st JOIN customer c ON c.id = st.customer_id"
            + " WHERE c.code = ? AND st.opened_at >= ? AND st.opened_at < ?"
            + " ORDER BY st.opened_at DESC, st.id DESC LIMIT ?";

    /**
     * The server's JIT needs minutes of traffic on two cores: warm it up on the mix it is measured on (creates,
     * lists, details), in slices, so that the output shows the compiler's share falling. After the minimum
     * ({@code benchmark.server.warmup.seconds}) it goes on while the compiler still takes more than
     * {@value #SETTLED_JIT_SHARE} of the server's CPU, up to {@code benchmark.server.warmup.max.seconds}: the
     * measurements are of the server in its steady state, not of its compiler.
     */
    private void warmUp(List<Sample> samples, List<Caller> callers, ResourceMeter meter) throws Exception {
        if (settings.serverWarmupSeconds <= 0) {
            return;
        }
        int seconds = Math.min(20, settings.serverWarmupSeconds);
        out("%nWarming up the server: at least %d s, at most %d s, of creates, lists and details at 4 clients,"
                + " until the JIT compiler takes less than %.0f%% of the server's CPU", settings.serverWarmupSeconds,
                Math.max(settings.serverWarmupSeconds, settings.serverWarmupMaxSeconds), SETTLED_JIT_SHARE * 100);
        int elapsed = 0;
        double jitShare = 1;
        for (int slice = 1; elapsed < settings.serverWarmupSeconds
                || (jitShare >= SETTLED_JIT_SHARE && elapsed < settings.serverWarmupMaxSeconds); slice++) {
            Result r = ClosedLoop.run("warm-up", 4, Duration.ZERO, Duration.ofSeconds(seconds),
                    i -> mixedWorker(i, samples, callers), meter);
            elapsed += seconds;
            ResourceMeter.Usage u = r.usage();
            jitShare = u.serverCpuMillis() > 0 ? u.serverJitMillis() / u.serverCpuMillis() : 1;
            out("  slice %d: %,.0f requests/s, server CPU %.2f ms/request of which JIT compiler %.2f and GC %.2f"
                    + " (CPU busy %s)", slice, r.perSecond(), perOp(u.serverCpuMillis(), r),
                    perOp(u.serverJitMillis(), r), perOp(u.serverGcMillis(), r), busy(r).strip());
            if (r.errors() > 0) {
                errors.add("warm-up: " + r.errors() + " errors, first: " + r.firstError());
            }
        }
        warmedUp = String.format(Locale.ROOT, "%d s (JIT compiler %.1f%% of the server's CPU in the last slice)",
                elapsed, jitShare * 100);
        out("  warmed up after %s", warmedUp);
    }

    private Worker mixedWorker(int index, List<Sample> samples, List<Caller> callers) {
        HelpdeskClient client = settings.client(true);
        Worker create = restCreator(index, callers, true);
        Random random = new Random(settings.seed * 13 + index);
        int[] step = {index};
        return new Worker() {
            @Override
            public boolean call() throws Exception {
                Sample s = samples.get(random.nextInt(samples.size()));
                switch (step[0]++ % 3) {
                    case 0:
                        return create.call();
                    case 1:
                        return check(client, client.get(listPath(s)));
                    default:
                        return check(client, client.get("service-tickets/" + s.number()))
                                && check(client, client.get("service-tickets/" + s.number() + "/audit"));
                }
            }

            @Override
            public void close() throws Exception {
                create.close();
            }
        };
    }

    private static String listPath(Sample s) {
        return "service-tickets?customer=" + s.customer() + "&from=" + s.month().atDay(1) + "&to="
                + s.month().plusMonths(1).atDay(1);
    }

    private List<Result> reads(List<Sample> samples, ResourceMeter meter) throws Exception {
        out("%nReads: %d random tickets, one request at a time, after %d warm-up requests", samples.size(),
                settings.readWarmup);
        HelpdeskClient client = settings.client(true);
        List<Result> results = new ArrayList<>();

        List<Worker> restList = new ArrayList<>();
        for (Sample s : samples) {
            String path = listPath(s);
            restList.add(() -> check(client, client.get(path)));
        }
        results.add(record(ClosedLoop.sequence("customer-month list, REST", restList, settings.readWarmup, meter)));

        try (Connection c = settings.connect(); PreparedStatement list = c.prepareStatement(LIST_SQL);
                PreparedStatement key = c.prepareStatement(
                        "SELECT st.opened_at, st.id FROM service_ticket st WHERE st.number = ?")) {
            List<Worker> sqlList = new ArrayList<>();
            for (Sample s : samples) {
                sqlList.add(() -> {
                    list.setString(1, s.customer());
                    list.setObject(2, s.month().atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                    list.setObject(3, s.month().plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                    list.setInt(4, 51);
                    int rows = 0;
                    String last = null;
                    try (ResultSet rs = list.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            if (rows == 50) {
                                last = rs.getString(1);
                            }
                        }
                    }
                    if (rows > 50) {
                        // The application reads the cursor of the last row shown when there is a next page.
                        key.setString(1, last);
                        key.executeQuery().close();
                    }
                    return true;
                });
            }
            results.add(record(ClosedLoop.sequence("customer-month list, SQL", sqlList, settings.readWarmup, meter)));
        }

        List<Worker> restDetail = new ArrayList<>();
        for (Sample s : samples) {
            restDetail.add(() -> check(client, client.get("service-tickets/" + s.number()))
                    && check(client, client.get("service-tickets/" + s.number() + "/audit")));
        }
        results.add(record(ClosedLoop.sequence("ticket detail + audit trail, REST", restDetail, settings.readWarmup,
                meter)));

        try (Connection c = settings.connect();
                PreparedStatement ticket = c.prepareStatement("SELECT st.*, c.* FROM service_ticket st"
                        + " JOIN customer c ON c.id = st.customer_id WHERE st.number = ?");
                PreparedStatement contact = c.prepareStatement("SELECT * FROM contact WHERE id = ?");
                PreparedStatement links = c.prepareStatement("SELECT pt.* FROM ticket_link tl JOIN programming_ticket"
                        + " pt ON pt.id = tl.programming_ticket_id WHERE tl.service_ticket_id = ?");
                PreparedStatement target = c.prepareStatement("SELECT * FROM milestone_target WHERE severity = ?");
                PreparedStatement hours = c.prepareStatement("SELECT level, sum(minutes) FROM time_entry"
                        + " WHERE service_ticket_id = ? GROUP BY level");
                PreparedStatement audit = c.prepareStatement("SELECT * FROM audit_event WHERE ticket_type = 'SERVICE'"
                        + " AND ticket_id = ? ORDER BY at, id")) {
            List<Worker> sqlDetail = new ArrayList<>();
            for (Sample s : samples) {
                sqlDetail.add(() -> {
                    Long contactId = null;
                    for (int pass = 0; pass < 2; pass++) {
                        // The detail, then the audit call, each finds the ticket by its number first.
                        ticket.setString(1, s.number());
                        try (ResultSet rs = ticket.executeQuery()) {
                            rs.next();
                            contactId = (Long) rs.getObject("contact_id");
                        }
                        if (pass == 0) {
                            if (contactId != null) {
                                contact.setLong(1, contactId);
                                drain(contact);
                            }
                            links.setLong(1, s.id());
                            drain(links);
                            target.setString(1, s.severity());
                            drain(target);
                            hours.setLong(1, s.id());
                            drain(hours);
                        }
                    }
                    audit.setLong(1, s.id());
                    drain(audit);
                    return true;
                });
            }
            results.add(record(ClosedLoop.sequence("ticket detail + audit trail, SQL", sqlDetail, settings.readWarmup,
                    meter)));
        }
        return results;
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static boolean check(HelpdeskClient client, HttpResponse<String> response) {
        if (!client.ok(response)) {
            throw new IllegalStateException(client.lastFailure());
        }
        return true;
    }

    // ----------------------------------------------------------------------------------------------------- writes

    /** An active generated customer and one of its active contacts (or none). */
    record Caller(String code, long customerId, Long contactId) {
    }

    private List<Caller> callers() throws SQLException {
        try (Connection c = settings.connect()) {
            return callers(c);
        }
    }

    /** The generated customers' callers ({@link ClusterBenchmark} opens tickets for them too). */
    static List<Caller> callers(Connection c) throws SQLException {
        List<Caller> callers = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.code, c.id, min(ct.id) FROM customer c LEFT JOIN contact ct ON ct.customer_id = c.id"
                        + " AND ct.active WHERE c.active AND c.code LIKE 'C%' GROUP BY c.code, c.id ORDER BY c.code"
                        + " LIMIT 2000")) {
            while (rs.next()) {
                callers.add(new Caller(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3)));
            }
        }
        if (callers.isEmpty()) {
            throw new IllegalStateException("no generated customer to open tickets for");
        }
        return callers;
    }

    private static final String[] CHANNELS = {"PHONE", "EMAIL", "CHAT", "REMOTE_ASSISTANCE", "WEB"};
    private static final String[] KINDS = {"SOFTWARE_BUG", "SOFTWARE_NEW_REQUEST", "HARDWARE"};
    private static final String[] SEVERITIES = {"HIGH", "AVERAGE", "LOW", "SECONDARY"};

    private List<Result> creates(List<Caller> callers, ResourceMeter meter) throws Exception {
        List<Result> results = new ArrayList<>();
        Duration warmup = Duration.ofSeconds(settings.warmupSeconds);
        Duration window = Duration.ofSeconds(settings.seconds);
        out("");
        for (int clients : settings.clients) {
            out("REST creation, %d client(s): %d s warm-up, %d s measured", clients, settings.warmupSeconds,
                    settings.seconds);
            results.add(record(ClosedLoop.run("REST POST service-tickets, session cookie kept", clients, warmup, window,
                    i -> restCreator(i, callers, true), meter)));
        }
        if (settings.jdkClientSeconds > 0) {
            out("REST creation on the JDK's HttpClient (the create loop's client before KeepAliveClient), %d clients:"
                    + " %d s", TARGET_CLIENTS, settings.jdkClientSeconds);
            results.add(record(ClosedLoop.run("REST POST service-tickets, JDK HttpClient", TARGET_CLIENTS,
                    Duration.ofSeconds(Math.min(3, settings.warmupSeconds)),
                    Duration.ofSeconds(settings.jdkClientSeconds), i -> jdkCreator(i, callers), meter)));
        }
        if (settings.noCookieSeconds > 0) {
            out("REST creation without cookies (password checked on every request), %d clients: %d s", TARGET_CLIENTS,
                    settings.noCookieSeconds);
            results.add(record(ClosedLoop.run("REST POST service-tickets, no cookie (Basic only)", TARGET_CLIENTS,
                    Duration.ofSeconds(Math.min(3, settings.warmupSeconds)),
                    Duration.ofSeconds(settings.noCookieSeconds), i -> restCreator(i, callers, false), meter)));
        }
        return results;
    }

    /**
     * One client opening tickets in a loop on its own kept-alive connection ({@link KeepAliveClient}: the JDK's
     * HttpClient costs this JVM, which shares the cores with the server, about 0.3 ms of CPU per request).
     */
    private Worker restCreator(int index, List<Caller> callers, boolean keepCookies) {
        return creator(new KeepAliveClient(settings.base, settings.username, settings.password, keepCookies),
                "service-tickets", new Random(settings.seed * 31 + index), index, callers);
    }

    /** A client opening tickets by POSTing to {@code path} under its base; any non-2xx answer is an error. */
    static Worker creator(KeepAliveClient client, String path, Random random, int index,
            List<Caller> callers) {
        return new Worker() {
            @Override
            public boolean call() throws Exception {
                KeepAliveClient.Response response = client.post(path, createJson(random, index, callers));
                if (!client.ok("POST " + path, response)) {
                    throw new IllegalStateException(client.lastFailure());
                }
                return true;
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** The same client on {@link java.net.http.HttpClient}, as the benchmark had it: for comparison only. */
    private Worker jdkCreator(int index, List<Caller> callers) {
        HelpdeskClient client = settings.client(true);
        Random random = new Random(settings.seed * 31 + index);
        return () -> check(client, client.post("service-tickets", createJson(random, index, callers)));
    }

    private static String createJson(Random random, int index, List<Caller> callers) {
        Caller caller = callers.get(random.nextInt(callers.size()));
        return "{\"customer\":\"" + caller.code() + "\","
                + (caller.contactId() == null ? "" : "\"contactId\":" + caller.contactId() + ",")
                + "\"channel\":\"" + CHANNELS[random.nextInt(CHANNELS.length)] + "\","
                + "\"kind\":\"" + KINDS[random.nextInt(KINDS.length)] + "\","
                + "\"severity\":\"" + SEVERITIES[random.nextInt(SEVERITIES.length)] + "\","
                + "\"subject\":\"Benchmark call " + random.nextInt(100000) + ": printer offline\","
                + "\"description\":\"Opened by the benchmark client " + index
                + ": the customer cannot print invoices since this morning.\"}";
    }

    static final String FLOOR_JAXRS = "floor: JAX-RS, JSON-B, JTA, JDBC";
    static final String FLOOR_SERVLET = "floor: servlet, JSON-P, JDBC";
    static final String FLOOR_HTTP = "floor: servlet, JSON-P, no database";

    /**
     * The same create, the same JSON and the same two rows through the same datasource on the same server, by
     * {@code floor.war} instead of the application: what WildFly and PostgreSQL alone cost, without the
     * application's layers (sign-in, EJB, Bean Validation, JPA) or its answer (the ticket with its milestones).
     */
    private List<Result> floors(List<Caller> callers, ResourceMeter meter) throws Exception {
        List<Result> results = new ArrayList<>();
        if (settings.floorSeconds <= 0) {
            return results;
        }
        URI floor = settings.base.resolve("/floor/");
        // Its own code is new to the server's JIT (the rest is warm from the application's traffic): a longer warm-up.
        int warmup = Math.max(30, settings.warmupSeconds);
        for (String[] endpoint : new String[][] {{FLOOR_JAXRS, "api/service-tickets"},
                {FLOOR_SERVLET, "servlet/service-tickets"}, {FLOOR_HTTP, "servlet/echo"}}) {
            out("Platform floor, %s, %d clients: %d s warm-up, %d s measured", endpoint[0], TARGET_CLIENTS, warmup,
                    settings.floorSeconds);
            results.add(record(ClosedLoop.run(endpoint[0], TARGET_CLIENTS, Duration.ofSeconds(warmup),
                    Duration.ofSeconds(settings.floorSeconds), i -> floorCreator(floor, endpoint[1], i, callers),
                    meter)));
        }
        return results;
    }

    private Worker floorCreator(URI floor, String path, int index, List<Caller> callers) {
        return creator(KeepAliveClient.anonymous(floor), path, new Random(settings.seed * 37 + index), index, callers);
    }

    private List<Result> jdbcInserts(List<Caller> callers, ResourceMeter meter) throws Exception {
        List<Result> results = new ArrayList<>();
        for (int threads : settings.jdbcThreads) {
            out("Raw JDBC insert, %d thread(s): %d s warm-up, %d s measured", threads, settings.warmupSeconds,
                    settings.seconds);
            results.add(record(ClosedLoop.run("raw JDBC: ticket + 'created' audit row", threads,
                    Duration.ofSeconds(settings.warmupSeconds), Duration.ofSeconds(settings.seconds),
                    i -> new JdbcCreator(settings.connect(), callers, new Random(settings.seed * 17 + i)), meter)));
        }
        return results;
    }

    /**
     * Writes what the application writes when it opens a ticket, as plain JDBC in one transaction: the
     * {@code service_ticket} row and its {@code audit_event} "created" row, with ids from the same pooled sequences
     * (one {@code nextval} per 50 ids) as Hibernate and the number from a block of {@code service_ticket_number_seq}
     * (one {@code nextval} per 50 numbers) as the application: the statements and blocks of {@link FloorTickets},
     * prepared once per connection.
     */
    static final class JdbcCreator implements Worker {

        private final Connection connection;
        private final List<Caller> callers;
        private final Random random;
        private final PreparedStatement ticket;
        private final PreparedStatement audit;
        private final FloorTickets.Block ticketIds = FloorTickets.Block.ids("service_ticket_seq");
        private final FloorTickets.Block auditIds = FloorTickets.Block.ids("audit_event_seq");
        private final FloorTickets.Block numbers = FloorTickets.Block.numbers("service_ticket_number_seq");

        JdbcCreator(Connection connection, List<Caller> callers, Random random) throws SQLException {
            this.connection = connection;
            this.callers = callers;
            this.random = random;
            connection.setAutoCommit(false);
            ticket = connection.prepareStatement(FloorTickets.INSERT_TICKET);
            audit = connection.prepareStatement(FloorTickets.INSERT_AUDIT);
        }

        @Override
        public boolean call() throws SQLException {
            try {
                long id = ticketIds.next(connection);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                String number = DataGenerator.ticketNumber("HD", now.getYear(), numbers.next(connection));
                Caller caller = callers.get(random.nextInt(callers.size()));
                String subject = "Benchmark call " + random.nextInt(100000) + ": printer offline";
                ticket.setLong(1, id);
                ticket.setString(2, number);
                ticket.setLong(3, caller.customerId());
                ticket.setObject(4, caller.contactId(), java.sql.Types.BIGINT);
                ticket.setString(5, CHANNELS[random.nextInt(CHANNELS.length)]);
                ticket.setString(6, KINDS[random.nextInt(KINDS.length)]);
                ticket.setString(7, SEVERITIES[random.nextInt(SEVERITIES.length)]);
                ticket.setString(8, subject);
                ticket.setString(9, "Opened by the benchmark: the customer cannot print invoices since this morning.");
                ticket.setObject(10, now);
                ticket.setString(11, "operator");
                ticket.setObject(12, now);
                ticket.setString(13, "operator");
                ticket.executeUpdate();
                audit.setLong(1, auditIds.next(connection));
                audit.setLong(2, id);
                audit.setString(3, number);
                audit.setObject(4, now);
                audit.setString(5, "operator");
                audit.setString(6, subject);
                audit.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    // ----------------------------------------------------------------------------------------------------- report

    private Result record(Result result) {
        if (result.errors() > 0) {
            errors.add(result.name() + " at " + result.workers() + ": " + result.errors() + " errors, first: "
                    + result.firstError());
        }
        out("  %-52s %3d  %,9.1f/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  errors %d  (CPU busy, others: %s)",
                result.name(), result.workers(), result.perSecond(), result.millis(50), result.millis(95),
                result.millis(99), result.errors(), busy(result).strip());
        return result;
    }

    private void printTable(DataGenerator.Result loaded, String database, List<Result> reads, List<Result> creates,
            List<Result> jdbc) {
        out("%n==================================================================================================="
                + "=========");
        out("HELPDESK BENCHMARK  %s, %d CPUs, %s", LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(), settings.describe());
        out("Database: %s", database);
        out("Data generation: %s", loaded);
        out("Server warm-up: %s", warmedUp);
        out("");
        out("Ticket creation                                    clients    ops/s   p50 ms   p95 ms   p99 ms  errors"
                + "  | CPU ms/op: server (JIT, GC) postgres client | per op: nextval insert idx-scan commit"
                + " | CPU busy others");
        for (Result r : creates) {
            row(r);
        }
        for (Result r : jdbc) {
            row(r);
        }
        out("");
        Result rest16 = find(creates, TARGET_CLIENTS, "cookie kept");
        Result jdbc16 = find(jdbc, TARGET_CLIENTS, "raw JDBC");
        out("REST / raw JDBC throughput:");
        for (int clients : settings.clients) {
            Result r = find(creates, clients, "cookie kept");
            Result j = find(jdbc, clients, "raw JDBC");
            if (r != null && j != null) {
                out("  at %2d: %,.0f / %,.0f = %.1f%%", clients, r.perSecond(), j.perSecond(),
                        100 * r.perSecond() / j.perSecond());
            }
        }
        if (rest16 != null) {
            for (String floor : List.of(FLOOR_JAXRS, FLOOR_SERVLET, FLOOR_HTTP)) {
                Result f = find(creates, TARGET_CLIENTS, floor);
                if (f != null) {
                    out("  REST / %s at %d: %,.0f / %,.0f = %.1f%%; server CPU per create %.2f / %.2f ms", floor,
                            TARGET_CLIENTS, rest16.perSecond(), f.perSecond(), 100 * rest16.perSecond() / f.perSecond(),
                            perOp(rest16.usage().serverCpuMillis(), rest16), perOp(f.usage().serverCpuMillis(), f));
                }
            }
        }
        out("");
        out("Reads at %,d generated tickets (%d random samples, one at a time)     p50 ms   p95 ms   p99 ms  errors"
                + "  | CPU ms/op: server (JIT, GC) postgres client | CPU busy others", settings.tickets,
                settings.readSamples);
        for (Result r : reads) {
            out("  %-66s %8.2f %8.2f %8.2f %7d  | %16.2f %s %7.2f %6.2f | %s", r.name(), r.millis(50),
                    r.millis(95), r.millis(99), r.errors(), perOp(r.usage().serverCpuMillis(), r), jitGc(r),
                    perOp(r.usage().postgresCpuMillis(), r), perOp(r.usage().clientCpuMillis(), r), busy(r));
        }
        out("  (CPU busy: all cores of the machine; others: CPU used by processes other than WildFly, PostgreSQL and"
                + " this JVM)");
        out("");
        out("Targets (from the issue)                                              measured     target    verdict");
        if (rest16 != null) {
            target("creates/s over REST at 16 clients", rest16.perSecond(), "%,.0f/s", ">= 2,000/s",
                    rest16.perSecond() >= TARGET_CREATES_PER_SECOND);
            for (String floor : List.of(FLOOR_JAXRS, FLOOR_SERVLET)) {
                Result f = find(creates, TARGET_CLIENTS, floor);
                if (f != null) {
                    out("    %-60s %12s %10s    %s", "the platform's " + floor,
                            String.format(Locale.ROOT, "%,.0f/s", f.perSecond()), ">= 2,000/s",
                            f.perSecond() >= TARGET_CREATES_PER_SECOND ? "reached" : "not reached");
                }
            }
            if (jdbc16 != null) {
                double share = rest16.perSecond() / jdbc16.perSecond();
                target("REST share of the raw JDBC ceiling at 16", 100 * share, "%.1f%%", ">= 25%",
                        share >= TARGET_SHARE_OF_JDBC);
            }
            target("p99 latency of a create at 16 clients", rest16.millis(99), "%.1f ms", "< 50 ms",
                    rest16.millis(99) < TARGET_CREATE_P99_MS);
        }
        Result list = find(reads, 1, "customer-month list, REST");
        Result detail = find(reads, 1, "ticket detail + audit trail, REST");
        if (list != null) {
            target("customer-month list p50 (REST) at " + millions(), list.millis(50), "%.2f ms", "< 5 ms",
                    list.millis(50) < TARGET_LIST_P50_MS);
        }
        if (detail != null) {
            target("ticket detail + audit p50 (REST) at " + millions(), detail.millis(50), "%.2f ms", "< 15 ms",
                    detail.millis(50) < TARGET_DETAIL_P50_MS);
        }
        out("");
        out(errors.isEmpty() ? "No errors." : "ERRORS: " + String.join("; ", errors));
        out("============================================================================================================");
    }

    private String millions() {
        return String.format(Locale.ROOT, "%,d tickets", settings.tickets);
    }

    private void row(Result r) {
        ResourceMeter.Usage u = r.usage();
        out("  %-48s %4d %9.0f %8.2f %8.2f %8.2f %7d  | %16.2f %s %7.2f %6.2f | %7.2f %6.2f %6.2f %6.2f | %s",
                r.name(), r.workers(), r.perSecond(), r.millis(50), r.millis(95), r.millis(99), r.errors(),
                perOp(u.serverCpuMillis(), r), jitGc(r), perOp(u.postgresCpuMillis(), r),
                perOp(u.clientCpuMillis(), r), perOp(u.sequenceCalls(), r), perOp(u.tuplesInserted(), r),
                perOp(u.indexScans(), r), perOp(u.commits(), r), busy(r));
    }

    /** Machine-wide CPU figures, meaningless over windows shorter than a second (the kernel counts in 10 ms ticks). */
    private static String busy(Result r) {
        ResourceMeter.Usage u = r.usage();
        return u.seconds() < 1 ? "      -       -" : String.format(Locale.ROOT, "%7.0f%% %6.0f%%", 100 * u.machineBusy(),
                100 * u.othersBusy());
    }

    private static String jitGc(Result r) {
        return String.format(Locale.ROOT, "(%5.2f, %4.2f)", perOp(r.usage().serverJitMillis(), r),
                perOp(r.usage().serverGcMillis(), r));
    }

    private static double perOp(double millis, Result r) {
        return r.operations() == 0 ? 0 : millis / r.operations();
    }

    private void target(String what, double value, String format, String target, boolean met) {
        out("  %-62s %12s %10s    %s", what, String.format(Locale.ROOT, format, value), target,
                met ? "MET" : "MISSED");
    }

    private static Result find(List<Result> results, int workers, String nameContains) {
        return results.stream().filter(r -> r.workers() == workers && r.name().contains(nameContains)).findFirst()
                .orElse(null);
    }

    /** EXPLAIN ANALYZE of the two read queries for a large and a typical customer, for the notes. */
    private void explainReads() throws SQLException {
        out("%nQuery plans at this size (EXPLAIN (ANALYZE, BUFFERS)):");
        try (Connection c = settings.connect()) {
            String biggest;
            String month;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.code,"
                    + " to_char(date_trunc('month', max(st.opened_at) - interval '1 month'), 'YYYY-MM-DD')"
                    + " FROM service_ticket st JOIN customer c ON c.id = st.customer_id WHERE c.code LIKE 'C%'"
                    + " GROUP BY c.code ORDER BY count(*) DESC LIMIT 1")) {
                rs.next();
                biggest = rs.getString(1);
                month = rs.getString(2);
            }
            LocalDate from = LocalDate.parse(month);
            explain(c, "customer-month list, largest customer " + biggest + ", " + from, LIST_SQL, biggest,
                    from.atStartOfDay().atOffset(ZoneOffset.UTC),
                    from.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC), 51);
            String typical = DataGenerator.customerCode(settings.customers / 2);
            explain(c, "customer-month list, typical customer " + typical + ", " + from, LIST_SQL, typical,
                    from.atStartOfDay().atOffset(ZoneOffset.UTC),
                    from.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC), 51);
            // Hibernate's statements become server-side prepared after a few executions; PostgreSQL may then switch
            // to a generic plan, made without knowing the customer or the month. Check that one too.
            try (Statement s = c.createStatement()) {
                s.execute("PREPARE hd_list(varchar, timestamptz, timestamptz, int) AS "
                        + LIST_SQL.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2").replaceFirst("\\?", "\\$3")
                                .replaceFirst("\\?", "\\$4"));
                s.execute("SET plan_cache_mode = force_generic_plan");
            }
            // EXPLAIN EXECUTE takes no bind parameters: literals, all generated here (a customer code and two dates).
            explain(c, "customer-month list, GENERIC plan (prepared statement), largest customer",
                    "EXECUTE hd_list('" + biggest + "', '" + from + " 00:00:00+00', '" + from.plusMonths(1)
                            + " 00:00:00+00', 51)");
            try (Statement s = c.createStatement()) {
                s.execute("RESET plan_cache_mode");
                s.execute("DEALLOCATE hd_list");
            }
            long ticketId;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT ticket_id FROM audit_event WHERE ticket_type = 'SERVICE' ORDER BY id DESC LIMIT 1 OFFSET 1000")) {
                ticketId = rs.next() ? rs.getLong(1) : 0;
            }
            explain(c, "audit trail of one ticket", "SELECT * FROM audit_event WHERE ticket_type = 'SERVICE'"
                    + " AND ticket_id = ? ORDER BY at, id", ticketId);
        }
    }

    private void explain(Connection c, String title, String sql, Object... parameters) throws SQLException {
        out("-- %s", title);
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out("   %s", rs.getString(1));
                }
            }
        }
    }

    private void out(String format, Object... args) {
        report.line(format, args);
    }

    // --------------------------------------------------------------------------------------------------- settings

    /** Every knob is a system property with a default; the benchmark profile passes them through. */
    static final class Settings {
        final URI base = URI.create(property("benchmark.base.url", "http://127.0.0.1:8180/helpdesk/api/"));
        final String username = property("benchmark.username", "operator");
        final String password = property("benchmark.password", "demo");
        final String jdbcUrl = property("helpdesk.test.jdbc.url",
                "jdbc:postgresql://127.0.0.1:5432/helpdesk_bench?reWriteBatchedInserts=true");
        final String jdbcUser = property("helpdesk.test.jdbc.user", "postgres");
        final String jdbcPassword = property("helpdesk.test.jdbc.password", "postgres");
        final int tickets = Integer.parseInt(property("benchmark.tickets", "1000000"));
        final int customers = Integer.parseInt(property("benchmark.customers", "10000"));
        final long seed = Long.parseLong(property("benchmark.seed", "42"));
        final int loadThreads = Integer.parseInt(property("benchmark.load.threads", "3"));
        final int[] clients = ints(property("benchmark.clients", "1,4,16"));
        final int[] jdbcThreads = ints(property("benchmark.jdbc.threads", "1,4,16"));
        final int warmupSeconds = Integer.parseInt(property("benchmark.warmup.seconds", "5"));
        final int seconds = Integer.parseInt(property("benchmark.seconds", "20"));
        final int serverWarmupSeconds = Integer.parseInt(property("benchmark.server.warmup.seconds", "60"));
        final int serverWarmupMaxSeconds = Integer.parseInt(property("benchmark.server.warmup.max.seconds", "300"));
        final int noCookieSeconds = Integer.parseInt(property("benchmark.nocookie.seconds", "10"));
        /** Seconds measured on each of the platform's floors (floor.war) at 16 clients; 0 leaves them out. */
        final int floorSeconds = Integer.parseInt(property("benchmark.floor.seconds", "20"));
        /** Seconds of a comparison run at 16 clients on the JDK's HttpClient; 0 (the default) leaves it out. */
        final int jdkClientSeconds = Integer.parseInt(property("benchmark.jdkclient.seconds", "0"));
        final int readSamples = Integer.parseInt(property("benchmark.read.samples", "300"));
        final int readWarmup = Integer.parseInt(property("benchmark.read.warmup", "300"));

        static Settings fromSystemProperties() {
            return new Settings();
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        }

        HelpdeskClient client(boolean keepCookies) {
            return new HelpdeskClient(base, username, password, keepCookies);
        }

        String describe() {
            return String.format(Locale.ROOT, "%,d tickets / %,d customers, clients %s, JDBC threads %s, %d s warm-up +"
                    + " %d s per level", tickets, customers, Arrays.toString(clients), Arrays.toString(jdbcThreads),
                    warmupSeconds, seconds);
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(", ");
            j.add(describe()).add("server " + base).add("database " + jdbcUrl);
            return j.toString();
        }

        private static String property(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
        }

        private static int[] ints(String csv) {
            return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
        }
    }
}
