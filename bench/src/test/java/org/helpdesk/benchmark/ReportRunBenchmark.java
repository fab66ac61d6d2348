package org.helpdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly report run benchmark (docs/benchmarks.md): loads {@code benchmark.report.customers}
 * customers with {@code benchmark.report.tickets} service tickets, all in last month, runs the job
 * {@code monthly-report} for that month on the benchmark server (mails to an SMTP sink) and prints PDFs/s, total time
 * and the server's heap (peak, and after a GC at each quarter of the run); then, in this JVM, the ceiling: the same
 * customers' reports (their calls, from the database) filled and exported in a plain loop, one thread and two, with
 * no batch, database or mail around it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportRunBenchmark {

    static final Duration TARGET_RUN = Duration.ofMinutes(10);
    static final double TARGET_SHARE_OF_CEILING = 0.70;
    /** Customers per warm-up run: their codes stay within the length limit of a run's list. */
    static final int WARMUP_LIST = 200;
    /**
     * What the measured runs are, all of the month for every customer: the first on the server just started, as after
     * a restart; the next ones on the same server, which has run the job and compiled the report code, as the ceiling
     * is measured after its warm-up round.
     */
    static final List<String> RUNS = List.of(
            "the server just started, its JIT compiling the report code during the run",
            "the same server again, which has run the job before; it builds new versions and mails them again");

    private final int customers = Integer.getInteger("benchmark.report.customers", 10_000);
    private final int tickets = Integer.getInteger("benchmark.report.tickets", 1_000_000);
    private final int ceilingReports = Integer.getInteger("benchmark.report.ceiling", 1_000);
    private final int smtpPort = Integer.getInteger("benchmark.smtp.port", 3125);
    private final int warmupCustomers = Integer.getInteger("benchmark.report.warmup", 0);
    private final int measuredRuns = Math.max(1, Integer.getInteger("benchmark.report.runs", 2));
    private final String jdbcUrl = System.getProperty("helpdesk.test.jdbc.url");
    private final YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    private final BenchmarkReport report = new BenchmarkReport("report-run");

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new java.io.File(System.getProperty("helpdesk.ear", "target/helpdesk.ear")));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getProperty("helpdesk.test.jdbc.user"),
                System.getProperty("helpdesk.test.jdbc.password"));
    }

    @Test
    void measure() throws Exception {
        out("Monthly report run benchmark: %s on %d CPUs, load average %s; %,d customers, %,d tickets in %s",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), BenchmarkReport.loadAverage(), customers, tickets, month);
        long kept = 0;
        if (Boolean.getBoolean("benchmark.keep.database")) {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM service_ticket WHERE opened_at >= ? AND opened_at < ?")) {
                s.setTimestamp(1, monthStart(month));
                s.setTimestamp(2, monthStart(month.plusMonths(1)));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    kept = r.getLong(1);
                }
            }
        }
        if (kept >= tickets) {
            out("The database of an earlier run is kept (-Dbenchmark.keep.database=true): %,d tickets in the month,"
                    + " none generated", kept);
        } else {
            DataGenerator.Result loaded = new DataGenerator(DataGenerator.Settings.ofMonth(42, customers, tickets,
                    month, Integer.getInteger("benchmark.load.threads", 3))).load(this::connect, line -> out("%s", line));
            out("Generated: %s", loaded);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM (ANALYZE)");
        }

        // The ceiling first, on a quiet machine: after the runs, PostgreSQL still has the archive they wrote to
        // checkpoint and vacuum (its autovacuum once made three rounds of the ceiling 60, 71 and 82 PDFs/s).
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CHECKPOINT");
        }
        out("Load average before the ceiling: %s", BenchmarkReport.loadAverage());
        List<MonthlyReport> reports = reports(ceilingReports);
        ceiling(reports, 2); // warm-up: JIT, fonts, caches
        // Three rounds each, the median: on two shared cores a single round of two threads varies by 15% or more.
        List<Double> ones = new ArrayList<>();
        List<Double> twos = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ones.add(ceiling(reports, 1));
            twos.add(ceiling(reports, 2));
        }
        double one = median(ones);
        double two = median(twos);
        out("Ceiling, fill + export in a plain loop of %,d of the same customers' reports (%,d calls, %,d"
                + " programming tickets; PDFs of %,d bytes on average):", reports.size(),
                reports.stream().mapToInt(r -> r.calls().size()).sum(),
                reports.stream().mapToInt(r -> r.programming().size()).sum(), ceilingBytes.get() / reports.size());
        out("  1 thread  %.1f PDFs/s (median of %s)%n  2 threads %.1f PDFs/s (median of %s)", one, rounded(ones), two,
                rounded(twos));

        List<Run> runs = new ArrayList<>();
        try (SmtpSink smtp = new SmtpSink(smtpPort); ResourceMeter meter = new ResourceMeter(connect())) {
            if (warmupCustomers > 0) {
                warmUp(smtp);
            }
            for (int i = 1; i <= measuredRuns; i++) {
                out("%nRun %d: the month's job on %s", i, describe(i));
                Run run = runJob(smtp, meter);
                runs.add(run);
                print(run);
                smtp.reset();
            }
        }
        Run first = runs.get(0);
        Run last = runs.get(runs.size() - 1);

        out("%nTargets:%n  whole run at most %d min: %.1f min (the first run after the server started), %s",
                TARGET_RUN.toMinutes(), first.seconds / 60, first.seconds <= TARGET_RUN.toSeconds() ? "MET" : "MISSED");
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double share = run.pdfs / run.seconds / two;
            out("  at least %.0f%% of the two-thread ceiling, run %d (%s): %.0f%%%s", TARGET_SHARE_OF_CEILING * 100,
                    i + 1, describe(i + 1), share * 100,
                    run == last ? (share >= TARGET_SHARE_OF_CEILING ? ", MET" : ", MISSED") : "");
        }
        out("  load average at the end: %s", BenchmarkReport.loadAverage());
        report.save();
        for (Run run : runs) {
            assertEquals("COMPLETED", run.status, "the run must complete");
            assertEquals(0, run.failedMails, "every mail of the run must be sent: figures of failed mails mean nothing");
        }
    }

    /** @return what the measured run {@code number} (from 1) is */
    private static String describe(int number) {
        return RUNS.get(Math.min(number, RUNS.size()) - 1);
    }

    private void print(Run run) {
        out("The job: %s%n  %,d PDFs in %.1f s = %.1f PDFs/s; %,d mails (%,d MB) to the SMTP sink over %,d"
                + " connections", run.status, run.pdfs, run.seconds, run.pdfs / run.seconds, run.mails,
                run.mailBytes >> 20, run.smtpConnections);
        out("  deliveries not SENT at the end: %,d", run.failedMails);
        out("  step build %.1f s, step deliver %.1f s; PDFs of %,d bytes on average", run.build.seconds(),
                run.deliver.seconds(), run.pdfBytes);
        out("  CPU per PDF (ms): %s", cpu(run.build, run.pdfs, "build"));
        out("                    %s", cpu(run.deliver, run.pdfs, "deliver"));
        out("  server heap: peak used %,d MB (sampled every 250 ms; max %,d MB); used after GC at 25/50/75/100%%: %s MB",
                run.peakHeap >> 20, run.maxHeap >> 20, run.afterGc);
    }

    private record Run(String status, int pdfs, double seconds, long mails, long mailBytes, long smtpConnections,
            long failedMails, long pdfBytes, ResourceMeter.Usage build, ResourceMeter.Usage deliver, long peakHeap,
            long maxHeap, List<Long> afterGc) {
    }

    /** @return the CPU the WildFly server, PostgreSQL and this JVM (the SMTP sink) used per PDF in a step */
    private static String cpu(ResourceMeter.Usage step, int pdfs, String name) {
        int n = Math.max(1, pdfs);
        return String.format(Locale.ROOT, "%-8s server %.1f (GC %.1f, JIT %.1f), PostgreSQL %.1f, this JVM %.1f;"
                + " machine busy %.0f%%; PostgreSQL blocks per PDF: %.0f read from the OS, %.0f in its buffers", name,
                step.serverCpuMillis() / n, step.serverGcMillis() / n, step.serverJitMillis() / n,
                step.postgresCpuMillis() / n, step.clientCpuMillis() / n, step.machineBusy() * 100,
                (double) step.blocksRead() / n, (double) step.blocksHit() / n);
    }

    /**
     * A run of the same month for {@code warmupCustomers} customers spread over all of them, before the measured run,
     * as the ceiling has its warm-up round: the measured run then shows the job on a server that has run it before,
     * without the JIT compiling the report code. The SMTP sink's counters start again at zero after it.
     */
    private void warmUp(SmtpSink smtp) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT code FROM customer WHERE active ORDER BY id")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        List<String> sample = spread(codes, warmupCustomers);
        long started = System.nanoTime();
        List<String> statuses = new ArrayList<>();
        // A run's list of customers has a length limit (DefaultMonthlyReportRuns): runs of WARMUP_LIST at a time.
        for (int from = 0; from < sample.size(); from += WARMUP_LIST) {
            ModelNode start = startJob("benchmark warm-up");
            start.get("properties").get("customers")
                    .set(String.join(",", sample.subList(from, Math.min(sample.size(), from + WARMUP_LIST))));
            long execution = result(start).asLong();
            String status;
            try (Connection c = connect()) {
                do {
                    Thread.sleep(500);
                    status = text(c, "SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", execution);
                } while (running(status));
            }
            statuses.add(status);
        }
        out("Warm-up (-Dbenchmark.report.warmup=%d): the job for %,d customers in %d run(s), %s in %.1f s, %,d mails;"
                + " the measured run follows on the warm server", warmupCustomers, sample.size(), statuses.size(),
                new TreeSet<>(statuses), (System.nanoTime() - started) / 1e9, smtp.messages.get());
        smtp.reset();
    }

    /** @return the management operation that starts the job for the month; more job parameters can be added */
    private ModelNode startJob(String startedBy) {
        ModelNode start = op("start-job");
        start.get("address").set(batchAddress());
        start.get("job-xml-name").set("monthly-report");
        start.get("properties").get("month").set(month.toString());
        start.get("properties").get("startedBy").set(startedBy);
        return start;
    }

    private static boolean running(String batchStatus) {
        return List.of("STARTING", "STARTED", "STOPPING").contains(batchStatus);
    }

    /** @return {@code count} of the values (all if fewer), spread evenly over them: every n-th */
    private static <T> List<T> spread(List<T> values, int count) {
        int n = Math.min(count, values.size());
        List<T> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(values.get((int) ((long) i * values.size() / n)));
        }
        return sample;
    }

    private Run runJob(SmtpSink smtp, ResourceMeter meter) throws Exception {
        ModelNode start = startJob("benchmark");
        String partitions = System.getProperty("benchmark.report.partitions");
        if (partitions != null && !partitions.isBlank()) {
            start.get("properties").get("partitions").set(partitions);
            out("Job parameter partitions=%s", partitions);
        }
        ResourceMeter.Snapshot begin = meter.take();
        ResourceMeter.Snapshot built = null;
        long started = System.nanoTime();
        long execution = result(start).asLong();
        AtomicLong peak = new AtomicLong();
        AtomicLong max = new AtomicLong();
        AtomicInteger stop = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (stop.get() == 0) {
                try {
                    ModelNode heap = heap();
                    peak.accumulateAndGet(heap.get("used").asLong(), Math::max);
                    max.set(heap.get("max").asLong());
                    Thread.sleep(250);
                } catch (Exception e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<Long> afterGc = new ArrayList<>();
        String status;
        int total = -1;
        int done;
        try (Connection c = connect()) {
            long instance = single(c, "SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?", execution);
            int quarter = 1;
            while (true) {
                status = text(c, "SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", execution);
                if (total < 0) {
                    List<Long> t = list(c, "SELECT customers_total FROM report_run WHERE job_instance_id = ?",
                            instance);
                    total = t.isEmpty() ? -1 : t.get(0).intValue();
                }
                done = (int) single(c, "SELECT count(*) FROM report_archive WHERE job_instance_id = ?", instance);
                boolean ended = !running(status);
                if (built == null && (ended || total > 0 && done >= total)) {
                    built = meter.take();
                }
                while (total > 0 && quarter <= 4 && (done >= (long) total * quarter / 4 || ended)) {
                    afterGc.add(gcThenUsed() >> 20);
                    out("  %d%%: %,d / %,d reports archived after %.0f s, %,d mails sent", quarter * 25, done, total,
                            (System.nanoTime() - started) / 1e9, smtp.messages.get());
                    quarter++;
                }
                if (ended) {
                    break;
                }
                Thread.sleep(500);
            }
        } finally {
            stop.set(1);
        }
        ResourceMeter.Snapshot end = meter.take();
        double seconds = (System.nanoTime() - started) / 1e9;
        long pdfBytes;
        long failedMails;
        try (Connection c = connect()) {
            pdfBytes = single(c, "SELECT COALESCE(AVG(pdf_size), 0)::bigint FROM report_archive WHERE job_instance_id ="
                    + " (SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?)", execution);
            failedMails = single(c, "SELECT count(*) FROM report_delivery WHERE status <> 'SENT' AND job_instance_id ="
                    + " (SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?)", execution);
        }
        return new Run(status, done, seconds, smtp.messages.get(), smtp.bytes.get(), smtp.connections.get(),
                failedMails, pdfBytes,
                built.minus(begin), end.minus(built), peak.get(), max.get(), afterGc);
    }

    private ModelNode batchAddress() {
        ModelNode address = new ModelNode();
        address.add("deployment", "helpdesk.ear");
        address.add("subdeployment", "helpdesk-batch.jar");
        address.add("subsystem", "batch-jberet");
        return address;
    }

    private ModelNode heap() throws IOException {
        return ServerOperations.heap(management);
    }

    private long gcThenUsed() throws IOException {
        return ServerOperations.gcThenUsed(management);
    }

    private static ModelNode op(String name) {
        return ServerOperations.op(name);
    }

    private ModelNode result(ModelNode op) throws IOException {
        return ServerOperations.result(management, op);
    }

    // ------------------------------------------------------------------------------------------------- ceiling

    /**
     * The reports of {@code count} customers spread evenly over all of them (every n-th by id), for the month, with
     * their calls as the database has them.
     */
    private List<MonthlyReport> reports(int count) throws SQLException {
        List<MonthlyReport> reports = new ArrayList<>();
        List<Long> ids;
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM customer WHERE active ORDER BY id")) {
            ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        List<Long> sample = spread(ids, count);
        Timestamp from = monthStart(month);
        Timestamp to = monthStart(month.plusMonths(1));
        try (Connection c = connect(); PreparedStatement customers = c.prepareStatement(
                "SELECT c.id, c.code, c.name, COALESCE((SELECT language FROM contact WHERE customer_id = c.id"
                        + " ORDER BY receives_monthly_report DESC, id LIMIT 1), 'en') FROM customer c"
                        + " WHERE c.id = ?");
                PreparedStatement calls = c.prepareStatement("SELECT number, opened_at, channel, kind, severity,"
                        + " subject, state, taken_in_charge_at, first_feedback_at, resolved_at FROM service_ticket"
                        + " WHERE customer_id = ? AND opened_at >= ? AND opened_at < ? ORDER BY opened_at, id");
                PreparedStatement programming = c.prepareStatement("SELECT DISTINCT p.number, p.title, p.urgency,"
                        + " p.state, p.planned_date, p.planned_release, p.update_version, p.update_sent_on"
                        + " FROM service_ticket t JOIN ticket_link l ON l.service_ticket_id = t.id"
                        + " JOIN programming_ticket p ON p.id = l.programming_ticket_id WHERE t.customer_id = ?"
                        + " AND p.opened_at >= ? AND p.opened_at < ? ORDER BY p.number")) {
            for (Long id : sample) {
                customers.setLong(1, id);
                try (ResultSet cr = customers.executeQuery()) {
                    cr.next();
                    bindCustomerMonth(calls, cr.getLong(1), from, to);
                    List<MonthlyReport.Call> list = new ArrayList<>();
                    try (ResultSet r = calls.executeQuery()) {
                        while (r.next()) {
                            Instant opened = r.getTimestamp(2).toInstant();
                            list.add(new MonthlyReport.Call(r.getString(1), opened, r.getString(3), r.getString(4),
                                    r.getString(5), r.getString(6), r.getString(7), minutes(opened, r.getTimestamp(8)),
                                    minutes(opened, r.getTimestamp(9)), minutes(opened, r.getTimestamp(10)), 30));
                        }
                    }
                    bindCustomerMonth(programming, cr.getLong(1), from, to);
                    List<MonthlyReport.ProgrammingLine> lines = new ArrayList<>();
                    try (ResultSet r = programming.executeQuery()) {
                        while (r.next()) {
                            lines.add(new MonthlyReport.ProgrammingLine(r.getString(1), r.getString(2),
                                    r.getString(3), r.getString(4), localDate(r.getDate(5)), r.getString(6),
                                    r.getString(7), localDate(r.getDate(8))));
                        }
                    }
                    reports.add(report(cr.getString(2), cr.getString(3), Locale.forLanguageTag(cr.getString(4)), list,
                            lines));
                }
            }
        }
        return reports;
    }

    private MonthlyReport report(String code, String name, Locale language, List<MonthlyReport.Call> calls,
            List<MonthlyReport.ProgrammingLine> programming) {
        List<MonthlyReport.SeverityLine> severities = new ArrayList<>();
        List<MonthlyReport.MilestoneLine> milestones = new ArrayList<>();
        for (String severity : List.of("HIGH", "AVERAGE", "LOW", "SECONDARY")) {
            List<MonthlyReport.Call> of = calls.stream().filter(c -> c.severity().equals(severity)).toList();
            Map<String, Integer> byKind = new HashMap<>();
            Map<String, Integer> byChannel = new HashMap<>();
            int closed = 0;
            for (MonthlyReport.Call call : of) {
                byKind.merge(call.kind(), 1, Integer::sum);
                byChannel.merge(call.channel(), 1, Integer::sum);
                closed += call.state().equals("CLOSED") ? 1 : 0;
            }
            severities.add(new MonthlyReport.SeverityLine(severity, of.size(), byKind, byChannel, closed,
                    of.size() - closed));
            for (String milestone : List.of("TAKING_CHARGE", "FIRST_FEEDBACK", "RESOLUTION")) {
                List<Long> times = of.stream().map(c -> milestone.equals("TAKING_CHARGE") ? c.takingChargeMinutes()
                        : milestone.equals("FIRST_FEEDBACK") ? c.firstFeedbackMinutes() : c.resolutionMinutes())
                        .filter(m -> m != null).sorted().toList();
                milestones.add(new MonthlyReport.MilestoneLine(milestone, severity, times.size(),
                        times.isEmpty() ? null : times.get(times.size() / 2),
                        times.isEmpty() ? null : times.get(Math.max(0, (int) Math.ceil(0.9 * times.size()) - 1)),
                        times.size() / 2));
            }
        }
        // The first page's six months, as the run's reports have them (the benchmark's data is all in one month: the
        // months before are quiet); the programming still open, as the run lists it.
        List<MonthlyReport.MonthSummary> trend = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            trend.add(i == 0 ? new MonthlyReport.MonthSummary(month, calls.size(),
                    (int) calls.stream().filter(c -> c.state().equals("CLOSED")).count(),
                    milestones.stream().mapToInt(MonthlyReport.MilestoneLine::reached).sum(),
                    milestones.stream().mapToInt(MonthlyReport.MilestoneLine::withinTarget).sum(), null,
                    calls.size() * 30L, programming.size())
                    : new MonthlyReport.MonthSummary(month.minusMonths(i), 0, 0, 0, 0, null, 0, 0));
        }
        return new MonthlyReport(code, name, language, month, LocalDate.now(ZoneOffset.UTC), severities, milestones,
                programming, MonthlyReport.Satisfaction.none(), calls.size() * 30L, 0, calls, Map.of(), List.of(),
                trend, programming.stream().filter(p -> !p.state().equals("CLOSED")).toList());
    }

    private static Timestamp monthStart(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Long minutes(Instant from, Timestamp to) {
        return to == null ? null : Duration.between(from, to.toInstant()).toMinutes();
    }

    /** Bytes of the PDFs of the last ceiling loop. */
    private final AtomicLong ceilingBytes = new AtomicLong();

    /** @return PDFs per second filling and exporting every report once on {@code threads} threads (after a warm-up) */
    private double ceiling(List<MonthlyReport> reports, int threads) throws Exception {
        MonthlyReportPdf pdf = new MonthlyReportPdf(ZoneOffset.UTC);
        for (int i = 0; i < Math.min(50, reports.size()); i++) {
            pdf.write(reports.get(i), new ByteArrayOutputStream());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        ceilingBytes.set(0);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < reports.size(); i = next.getAndIncrement()) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                        pdf.write(reports.get(i), bytes);
                        ceilingBytes.addAndGet(bytes.size());
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return reports.size() / ((System.nanoTime() - started) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }

    private static void bindCustomerMonth(PreparedStatement s, long customerId, Timestamp from, Timestamp to)
            throws SQLException {
        s.setLong(1, customerId);
        s.setTimestamp(2, from);
        s.setTimestamp(3, to);
    }

    private static long single(Connection c, String sql, long parameter) throws SQLException {
        return list(c, sql, parameter).get(0);
    }

    private static List<Long> list(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            List<Long> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        }
    }

    private static String text(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "?";
            }
        }
    }

    private void out(String format, Object... arguments) {
        report.line(format, arguments);
    }

}
