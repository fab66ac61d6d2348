package org.helpdesk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.helpdesk.infrastructure.mail.inbound.MailParser;
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
 * The mail-in benchmark (docs/benchmarks.md): {@code benchmark.mail.count} mails (new requests from known contacts,
 * replies to them, some with an attachment) delivered by SMTP to {@code helpdesk@localhost} on a GreenMail in this
 * JVM, at an offered rate, while the benchmark server reads that mailbox over IMAP with IDLE (the product's
 * {@code MailboxReader}, configured by bench/pom.xml's profile {@code mail-in-benchmark}) and records each mail on its
 * ticket. Prints mails/s into tickets and messages, the latency from the end of the SMTP delivery to the mail on its
 * ticket, the server's heap after GC, where the CPU went; then two ceilings in this JVM without the database: the
 * IMAP reading of the same mails as the reader does it (fetch, parse, mark and move in batches of 100), and the
 * parsing of the same raw messages with the server's {@link MailParser}. Fails on a lost, duplicated or misfiled mail,
 * never on a missed target.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailInBenchmark {

    static final double TARGET_RATE = 200;
    static final double TARGET_P95_MILLIS = 2_000;
    static final double TARGET_HEAP_GROWTH = 1.20;
    static final String MAILBOX = "helpdesk@localhost";
    static final String DOMAIN = "bench.helpdesk.example";
    /** The reader's batch (MailboxReader.BATCH): the IMAP ceiling reads as it does. */
    static final int READER_BATCH = 100;

    private final int count = Integer.getInteger("benchmark.mail.count", 10_000);
    private final int warmup = Integer.getInteger("benchmark.mail.warmup", 500);
    private final double rate = Double.parseDouble(System.getProperty("benchmark.mail.rate", "250"));
    private final int senders = Integer.getInteger("benchmark.mail.senders", 4);
    private final int pollMillis = Integer.getInteger("benchmark.mail.poll.millis", 20);
    private final double replyShare = Double.parseDouble(System.getProperty("benchmark.mail.replies", "0.40"));
    private final double attachmentShare = Double.parseDouble(System.getProperty("benchmark.mail.attachments", "0.10"));
    private final int attachmentMinKb = Integer.getInteger("benchmark.mail.attachment.min.kb", 50);
    private final int attachmentMaxKb = Integer.getInteger("benchmark.mail.attachment.max.kb", 500);
    private final int customers = Integer.getInteger("benchmark.mail.customers", 10_000);
    private final int tickets = Integer.getInteger("benchmark.mail.tickets", 100_000);
    private final long seed = Long.getLong("benchmark.seed", 42);
    private final int sinkPort = Integer.getInteger("benchmark.smtp.port", 3125);
    private final int smtpPort = Integer.getInteger("benchmark.mailin.smtp.port", 3225);
    private final int imapPort = Integer.getInteger("benchmark.mailin.imap.port", 3243);
    private final String password = System.getProperty("benchmark.mailin.password", "bench-mailbox-secret");
    private final String jdbcUrl = System.getProperty("helpdesk.test.jdbc.url");
    /** Tells this run's mails from an earlier run's (-Dbenchmark.keep.database=true). */
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final BenchmarkReport report = new BenchmarkReport("mail-in");
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

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
        out("Mail-in benchmark: %s on %d CPUs, load average %s; %,d mails (%.0f%% replies, %.0f%% with an attachment"
                + " of %d-%d KB) at %s, %d SMTP senders, after %,d warm-up mails", Instant.now().truncatedTo(
                        ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), BenchmarkReport.loadAverage(),
                count, replyShare * 100, attachmentShare * 100, attachmentMinKb, attachmentMaxKb,
                rate > 0 ? String.format(Locale.ROOT, "%.0f mails/s offered", rate) : "full speed", senders, warmup);
        Instant began = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Sender> contacts = contacts();
        out("Senders: %,d contacts of active customers, each with an address no other contact has", contacts.size());

        // The reader's IMAP port is a relay in front of GreenMail (ImapWithoutMove says why), unless
        // -Dbenchmark.mail.imap.move=true, which connects the reader to GreenMail directly. The relay offers MOVE
        // (the reader selects the inbox again after its moves) unless -Dbenchmark.mail.imap.hidemove=true.
        boolean move = Boolean.getBoolean("benchmark.mail.imap.move");
        boolean hideMove = Boolean.getBoolean("benchmark.mail.imap.hidemove");
        int greenMailImap = move ? imapPort : imapPort + 1;
        GreenMail greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", "smtp"),
            new ServerSetup(greenMailImap, "127.0.0.1", "imap")});
        greenMail.start();
        GreenMailUser user = greenMail.setUser(MAILBOX, MAILBOX, password);
        boolean quickAck = !"false".equals(System.getProperty("benchmark.mail.imap.quickack"));
        ImapWithoutMove relay = move ? null : new ImapWithoutMove(imapPort, greenMailImap, quickAck, hideMove);
        Plan measured = new Plan("m", count, contacts);
        Plan warm = new Plan("w", warmup, contacts);
        Map<String, Plan> plans = Map.of(measured.prefix, measured, warm.prefix, warm);
        Result result;
        try (SmtpSink sink = new SmtpSink(sinkPort); ResourceMeter meter = new ResourceMeter(connect());
                Poller poller = new Poller(plans)) {
            out("GreenMail on SMTP %d and IMAP %d (%s)%s; the server's acknowledgements go to the SMTP sink on %d",
                    smtpPort, greenMailImap, MAILBOX, move ? ", MOVE offered to the reader"
                            : String.format(Locale.ROOT, ", the reader on %d through a relay%s%s", imapPort, hideMove
                                    ? " that hides MOVE (so it copies, flags and expunges by UID)" : " (MOVE offered)",
                                    quickAck
                                            ? " and acknowledges GreenMail's segments at once (TCP_QUICKACK)"
                                            : ", GreenMail's TCP as it is (a delayed-ACK stall per FETCH)"),
                    sinkPort);
            if (warm.n > 0) {
                long t = System.nanoTime();
                Delivery d = deliver(warm, 600);
                out("Warm-up: %,d mails recorded in %.1f s (the server's reader connects within 2 s of GreenMail's"
                        + " start; JIT and caches warm up)", d.recorded, (System.nanoTime() - t) / 1e9);
            }
            analyze();
            long heapStart = gcThenUsed();
            out("Server heap after GC before the measured run: %,d MB", heapStart >> 20);
            ResourceMeter.Snapshot begin = meter.take();
            Map<String, Long> serverThreadsBefore = meter.serverPid().map(MailInBenchmark::threadCpu)
                    .orElse(Map.of());
            Map<String, Long> jvmThreadsBefore = jvmThreadCpu();
            Map<String, long[]> tablesBefore = tableScans();
            long pollsBefore = poller.polls.get();
            Delivery delivery = deliver(measured, 300);
            ResourceMeter.Snapshot end = meter.take();
            long polls = poller.polls.get() - pollsBefore;
            Map<String, Long> serverThreads = minus(meter.serverPid().map(MailInBenchmark::threadCpu)
                    .orElse(Map.of()), serverThreadsBefore);
            Map<String, Long> jvmThreads = minus(jvmThreadCpu(), jvmThreadsBefore);
            Map<String, long[]> tables = minusScans(tableScans(), tablesBefore);
            poller.stop();
            long heapEnd = gcThenUsed();
            int expectedAcks = warm.newCount() + measured.newCount();
            Mailbox box = mailbox(greenMail, user, warm.n + measured.n);
            Acks acks = acks(sink, expectedAcks);
            result = new Result(delivery, end.minus(begin), serverThreads, jvmThreads, tables, polls, heapStart,
                    heapEnd, box, acks);
            check(measured, warm, began, box, acks);
            print(measured, result);
            imapCeiling(greenMail, user);
        }
        greenMail.purgeEmailFromAllMailboxes();
        greenMail.stop();
        if (relay != null) {
            relay.close();
        }
        parseCeiling(measured);
        targets(measured, result);
        out("  load average at the end: %s", BenchmarkReport.loadAverage());
        report.save();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors.subList(0, Math.min(20, errors.size())));
        assertEquals(measured.n, result.delivery.recorded, "every mail must be recorded");
    }

    // ------------------------------------------------------------------------------------------------------ data

    record Sender(String name, String address) {
    }

    /**
     * The contacts who write: data as {@link DataGenerator} loads it (unless the kept database has enough
     * customers), only the contacts whose address is theirs alone (an address two contacts share waits for an
     * operator's choice instead of opening a ticket).
     */
    private List<Sender> contacts() throws Exception {
        long existing;
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM customer")) {
            r.next();
            existing = r.getLong(1);
        }
        if (Boolean.getBoolean("benchmark.keep.database") && existing >= customers) {
            out("The database of an earlier run is kept (-Dbenchmark.keep.database=true): %,d customers", existing);
        } else {
            DataGenerator.Result loaded = new DataGenerator(new DataGenerator.Settings(seed, customers, tickets,
                    Instant.now().truncatedTo(ChronoUnit.DAYS), Integer.getInteger("benchmark.load.threads", 3)))
                    .load(this::connect, line -> out("%s", line));
            out("Generated: %s", loaded);
            try (Connection c = connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("VACUUM (ANALYZE)");
            }
        }
        List<Sender> list = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT k.name, k.email FROM contact k JOIN customer c ON c.id = k.customer_id WHERE k.active"
                        + " AND c.active AND k.email IS NOT NULL AND lower(k.email) IN (SELECT lower(email) FROM"
                        + " contact WHERE email IS NOT NULL GROUP BY lower(email) HAVING count(*) = 1) ORDER BY k.id")) {
            while (r.next()) {
                list.add(new Sender(r.getString(1), r.getString(2)));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no contact with an address of its own to send from");
        }
        return list;
    }

    /**
     * The mails of one run, decided before the first is sent (seeded): for each, a new request from a contact or a
     * reply to an earlier new request of the same run (from its contact, In-Reply-To its Message-ID; sent only once
     * that request is recorded), and the size of its attachment, if any. Then what happened to each.
     */
    final class Plan {
        final String prefix;
        final int n;
        final boolean[] reply;
        final int[] target;
        final Sender[] from;
        final int[] attachmentLines;
        final String[] subject;
        final long[] sendStarted;
        final long[] sendDone;
        final long[] recorded;
        final long[] detected;
        final long[] ticket;
        final String[] outcome;
        final CompletableFuture<?>[] recordedSignal;
        final AtomicInteger recordedCount = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        final CountDownLatch allRecorded;

        Plan(String prefix, int n, List<Sender> contacts) {
            this.prefix = prefix;
            this.n = n;
            reply = new boolean[n];
            target = new int[n];
            from = new Sender[n];
            attachmentLines = new int[n];
            subject = new String[n];
            sendStarted = new long[n];
            sendDone = new long[n];
            recorded = new long[n];
            detected = new long[n];
            ticket = new long[n];
            outcome = new String[n];
            recordedSignal = new CompletableFuture<?>[n];
            allRecorded = new CountDownLatch(n);
            Random random = new Random(seed + prefix.hashCode());
            List<Sender> shuffled = new ArrayList<>(contacts);
            Collections.shuffle(shuffled, random);
            // A reply answers a request planned at least this far back: at the offered rate, about 2 s earlier (a
            // tenth of the run at most, for short runs).
            int lag = Math.max(20, Math.min(n / 10, (int) (rate > 0 ? rate * 2 : 500)));
            List<Integer> requests = new ArrayList<>();
            int nextContact = 0;
            int answerable = 0;
            for (int i = 0; i < n; i++) {
                // No reply before the first requests are old enough to be answered: the others a little more often.
                while (answerable < requests.size() && requests.get(answerable) <= i - lag) {
                    answerable++;
                }
                double share = i < lag ? 0 : Math.min(0.95, replyShare * n / Math.max(1, n - lag));
                if (answerable > 0 && random.nextDouble() < share) {
                    int t = requests.get(random.nextInt(answerable));
                    reply[i] = true;
                    target[i] = t;
                    from[i] = from[t];
                    subject[i] = "Re: " + subject[t];
                } else {
                    requests.add(i);
                    from[i] = shuffled.get(nextContact++ % shuffled.size());
                    subject[i] = SUBJECTS[random.nextInt(SUBJECTS.length)] + " (" + prefix + i + ")";
                    recordedSignal[i] = new CompletableFuture<Void>();
                }
                if (random.nextDouble() < attachmentShare) {
                    int bytes = 1024 * (attachmentMinKb + random.nextInt(attachmentMaxKb - attachmentMinKb + 1));
                    attachmentLines[i] = (bytes + 56) / 57;
                }
            }
        }

        String messageId(int i) {
            return prefix + "." + i + "." + runId + "@" + DOMAIN;
        }

        int newCount() {
            int k = 0;
            for (boolean r : reply) {
                k += r ? 0 : 1;
            }
            return k;
        }

        int replyCount() {
            return n - newCount();
        }

        int withAttachment() {
            return (int) Arrays.stream(attachmentLines).filter(l -> l > 0).count();
        }

        /** The mail as its sender's client writes it; {@code sentMillis} goes into the header X-Bench-Sent. */
        byte[] raw(int i, long sentMillis) {
            StringBuilder h = new StringBuilder(1024);
            h.append("From: ").append(from[i].name()).append(" <").append(from[i].address()).append(">\r\n");
            h.append("To: Helpdesk <").append(MAILBOX).append(">\r\n");
            h.append("Subject: ").append(subject[i]).append("\r\n");
            h.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.ofInstant(Instant.ofEpochMilli(sentMillis), ZoneOffset.UTC))).append("\r\n");
            h.append("Message-ID: <").append(messageId(i)).append(">\r\n");
            if (reply[i]) {
                h.append("In-Reply-To: <").append(messageId(target[i])).append(">\r\n");
                h.append("References: <").append(messageId(target[i])).append(">\r\n");
            }
            h.append("X-Bench-Sent: ").append(sentMillis).append("\r\n");
            h.append("MIME-Version: 1.0\r\n");
            String text = text(i);
            if (attachmentLines[i] == 0) {
                h.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
                h.append(text);
                return h.toString().getBytes(StandardCharsets.UTF_8);
            }
            String boundary = "=_bench_" + i;
            h.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
            h.append("--").append(boundary).append("\r\n");
            h.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
            h.append(text);
            h.append("--").append(boundary).append("\r\n");
            h.append("Content-Type: application/octet-stream; name=\"log-").append(i).append(".bin\"\r\n");
            h.append("Content-Disposition: attachment; filename=\"log-").append(i).append(".bin\"\r\n");
            h.append("Content-Transfer-Encoding: base64\r\n\r\n");
            byte[] head = h.toString().getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            int body = attachmentLines[i] * 78;
            byte[] raw = new byte[head.length + body + tail.length];
            System.arraycopy(head, 0, raw, 0, head.length);
            System.arraycopy(BASE64_LINES, 0, raw, head.length, body);
            System.arraycopy(tail, 0, raw, head.length + body, tail.length);
            return raw;
        }

        private String text(int i) {
            StringBuilder t = new StringBuilder(512);
            t.append("Good morning,\r\n\r\n");
            t.append(BODIES[i % BODIES.length]).append("\r\n");
            t.append(reply[i] ? "Thank you for the answer: here is what we see now.\r\n"
                    : "Could you please have a look as soon as possible?\r\n");
            t.append("\r\nBest regards,\r\n").append(from[i].name()).append("\r\n");
            if (reply[i]) {
                t.append("\r\nOn Monday the help desk wrote:\r\n> ").append(BODIES[target[i] % BODIES.length])
                        .append("\r\n> Could you please have a look as soon as possible?\r\n");
            }
            return t.toString();
        }

        long attachmentBytes(int i) {
            return attachmentLines[i] * 57L;
        }
    }

    private static final String[] SUBJECTS = {"The invoice print stops with an error", "Cannot sign in to the portal",
        "Label printer offline in the warehouse", "Monthly closing: totals do not match",
        "Request for a new user", "Backup failed last night", "Slow search in the orders screen",
        "Export to the accountant is missing lines"};
    private static final String[] BODIES = {
        "Since this morning the invoice print stops at the second page with an error message.",
        "Two colleagues cannot sign in any more; the password was changed yesterday.",
        "The label printer in the warehouse shows offline although it is switched on and connected.",
        "The totals of the monthly closing differ from the ledger by a few euros.",
        "We need an account for a new colleague in the accounting office, starting on Monday.",
        "The nightly backup reported a failure; the log is attached when we have it.",
        "Searching the orders takes more than a minute since the last update.",
        "The export for our accountant misses the lines of the last week of the month."};

    /** Base64 lines (76 characters and CRLF, 57 bytes each) of random bytes; an attachment is a prefix of them. */
    static final byte[] BASE64_LINES;

    static {
        byte[] random = new byte[57 * ((Integer.getInteger("benchmark.mail.attachment.max.kb", 500) * 1024 + 56) / 57
                + 1)];
        new Random(7).nextBytes(random);
        BASE64_LINES = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encode(random);
    }

    // -------------------------------------------------------------------------------------------------- delivery

    record Delivery(int recorded, long sent, double sendSeconds, long backlogAtEndOfSending, int repliesHeldBack,
            double heldSeconds, long senderCpuMillis, long peakHeap, long maxHeap, List<Long> heapAfterGc) {
    }

    /**
     * Sends every mail of the plan at the offered rate (open loop: mail i is due at start + i / rate, whatever the
     * server does), from several SMTP connections, and waits until the poller saw each recorded.
     *
     * @param stallSeconds how long the count of recorded mails may stand still before the run fails as incomplete
     */
    private Delivery deliver(Plan plan, int stallSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicInteger held = new AtomicInteger();
        AtomicLong heldNanos = new AtomicLong();
        AtomicLong senderCpu = new AtomicLong();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "mail-sender");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime() + 50_000_000L;
        double periodNanos = rate > 0 ? 1e9 / rate : 0;
        List<Future<?>> workers = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            workers.add(pool.submit(() -> {
                try (SmtpClient smtp = new SmtpClient(smtpPort)) {
                    for (int i = next.getAndIncrement(); i < plan.n; i = next.getAndIncrement()) {
                        long due = start + (long) (i * periodNanos);
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        if (plan.reply[i] && !plan.recordedSignal[plan.target[i]].isDone()) {
                            long t = System.nanoTime();
                            held.incrementAndGet();
                            plan.recordedSignal[plan.target[i]].get(stallSeconds, TimeUnit.SECONDS);
                            heldNanos.addAndGet(System.nanoTime() - t);
                        }
                        long millis = System.currentTimeMillis();
                        plan.sendStarted[i] = micros();
                        smtp.send(plan.from[i].address(), plan.raw(i, millis));
                        plan.sendDone[i] = micros();
                        sent.incrementAndGet();
                    }
                } finally {
                    senderCpu.addAndGet(threads.getCurrentThreadCpuTime() / 1_000_000);
                }
                return null;
            }));
        }
        pool.shutdown();
        AtomicLong peak = new AtomicLong();
        AtomicLong max = new AtomicLong();
        List<Long> afterGc = new ArrayList<>();
        long backlog = -1;
        double sendSeconds = 0;
        int quarter = 1;
        int last = -1;
        long lastProgress = System.nanoTime();
        while (plan.allRecorded.getCount() > 0) {
            plan.allRecorded.await(250, TimeUnit.MILLISECONDS);
            int recorded = plan.recordedCount.get();
            if (recorded != last) {
                last = recorded;
                lastProgress = System.nanoTime();
            }
            if (backlog < 0 && workers.stream().allMatch(Future::isDone)) {
                sendSeconds = (System.nanoTime() - start) / 1e9;
                backlog = sent.get() - recorded;
                for (Future<?> w : workers) {
                    try {
                        w.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        errors.add("sending failed: " + e.getCause());
                    }
                }
            }
            ModelNode heap = heap();
            peak.accumulateAndGet(heap.get("used").asLong(), Math::max);
            max.set(heap.get("max").asLong());
            // One GC in the middle of the measured run only: each costs the reader a pause.
            if (plan.prefix.equals("m") && quarter == 1 && recorded >= plan.n / 2) {
                afterGc.add(gcThenUsed() >> 20);
                out("  50%%: %,d / %,d mails recorded after %.0f s, %,d sent", recorded, plan.n,
                        (System.nanoTime() - start) / 1e9, sent.get());
                quarter++;
            }
            if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(stallSeconds)) {
                errors.add(String.format(Locale.ROOT, "%s: only %,d of %,d mails recorded, none more in %d s",
                        plan.prefix, recorded, plan.n, stallSeconds));
                break;
            }
        }
        pool.shutdownNow();
        if (backlog < 0) {
            sendSeconds = (System.nanoTime() - start) / 1e9;
            backlog = 0;
        }
        return new Delivery(plan.recordedCount.get(), sent.get(), sendSeconds, backlog, held.get(),
                heldNanos.get() / 1e9, senderCpu.get(), peak.get(), max.get(), afterGc);
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /**
     * Watches {@code inbound_mail} every {@code benchmark.mail.poll.millis}: when a mail of a plan appears there, it
     * is on its ticket for everyone (its transaction committed). Single reader, so ids grow in commit order.
     */
    final class Poller implements AutoCloseable {
        private final Map<String, Plan> plans;
        private final Thread thread;
        private volatile boolean running = true;
        private long watermark;
        /** Queries made: each is a commit and an index scan in PostgreSQL's counters. */
        final AtomicLong polls = new AtomicLong();

        Poller(Map<String, Plan> plans) throws SQLException {
            this.plans = plans;
            try (Connection c = connect(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM inbound_mail")) {
                r.next();
                watermark = r.getLong(1);
            }
            thread = new Thread(this::run, "mail-poller");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            String suffix = "." + runId + "@" + DOMAIN;
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT id, message_id,"
                    + " received_at, outcome, service_ticket_id FROM inbound_mail WHERE id > ? ORDER BY id")) {
                while (running) {
                    s.setLong(1, watermark);
                    polls.incrementAndGet();
                    try (ResultSet r = s.executeQuery()) {
                        long now = micros();
                        while (r.next()) {
                            watermark = Math.max(watermark, r.getLong(1));
                            String id = r.getString(2);
                            if (!id.endsWith(suffix)) {
                                continue;
                            }
                            String[] parts = id.substring(0, id.length() - suffix.length()).split("\\.");
                            Plan plan = plans.get(parts[0]);
                            int i = Integer.parseInt(parts[1]);
                            if (plan.detected[i] != 0) {
                                plan.duplicates.incrementAndGet();
                                continue;
                            }
                            Instant at = r.getTimestamp(3).toInstant();
                            plan.recorded[i] = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
                            plan.outcome[i] = r.getString(4);
                            plan.ticket[i] = r.getLong(5);
                            plan.detected[i] = now;
                            if (plan.recordedSignal[i] != null) {
                                plan.recordedSignal[i].complete(null);
                            }
                            plan.recordedCount.incrementAndGet();
                            plan.allRecorded.countDown();
                        }
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pollMillis));
                }
            } catch (SQLException | RuntimeException e) {
                errors.add("the poller failed: " + e);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    /**
     * An SMTP client as cheap as possible for this JVM, which shares the cores with the server: one connection, one
     * mail after the other; {@link #send} returns when the server accepted the mail (250 after the data).
     */
    static final class SmtpClient implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        SmtpClient(int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            expect("220");
            command("EHLO bench.helpdesk.example", "250");
        }

        void send(String from, byte[] data) throws IOException {
            command("MAIL FROM:<" + from + ">", "250");
            command("RCPT TO:<" + MAILBOX + ">", "250");
            command("DATA", "354");
            out.write(data); // no line of a generated mail starts with a dot
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect("250");
        }

        private void command(String line, String code) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(code);
        }

        /** Reads a reply, every line of a multi-line one. */
        private void expect(String code) throws IOException {
            String line;
            do {
                line = readLine();
                if (!line.startsWith(code)) {
                    throw new IOException("SMTP: expected " + code + ", got " + line);
                }
            } while (line.length() > 3 && line.charAt(3) == '-');
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("SMTP: connection closed after " + line);
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            try {
                out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } finally {
                socket.close();
            }
        }
    }

    /**
     * Statistics for the mail tables, as autovacuum would have made them by now: they were empty at the last ANALYZE
     * (after the data was loaded), and with those statistics the server's prepared statements keep plans that scan
     * the whole table for every mail, whose cost grows with the run. Where autovacuum is off (as on the benchmark
     * machines) nothing else would replace them.
     */
    private void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            String autovacuum;
            try (ResultSet r = s.executeQuery("SHOW autovacuum")) {
                r.next();
                autovacuum = r.getString(1);
            }
            s.execute("ANALYZE inbound_mail, mail_attachment, outbox_message, service_ticket, audit_event");
            out("ANALYZE of the mail tables after the warm-up, as autovacuum would (autovacuum here: %s)", autovacuum);
        }
    }

    // ---------------------------------------------------------------------------------------------------- checks

    record Mailbox(int inbox, int processed, double drainSeconds) {
    }

    /** Waits until the reader has moved every mail out of the inbox (it moves after recording, 100 at a time). */
    private Mailbox mailbox(GreenMail greenMail, GreenMailUser user, int expected) throws Exception {
        long t = System.nanoTime();
        var host = greenMail.getManagers().getImapHostManager();
        int inbox;
        int processed;
        do {
            inbox = host.getInbox(user).getMessageCount();
            var folder = host.getFolder(user, "Processed");
            processed = folder == null ? 0 : folder.getMessageCount();
            if (inbox == 0 && processed >= expected) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() - t < TimeUnit.SECONDS.toNanos(60));
        return new Mailbox(inbox, processed, (System.nanoTime() - t) / 1e9);
    }

    record Acks(long received, long sent, long pending, long failed, double waitSeconds) {
    }

    /** Waits (at most 2 minutes) until the sink has every acknowledgement the server queued. */
    private Acks acks(SmtpSink sink, int expected) throws Exception {
        long t = System.nanoTime();
        while (sink.messages.get() < expected && System.nanoTime() - t < TimeUnit.SECONDS.toNanos(120)) {
            Thread.sleep(100);
        }
        double waited = (System.nanoTime() - t) / 1e9;
        Map<String, Long> byStatus = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT status, count(*) FROM outbox_message WHERE kind = 'mail.acknowledgement' GROUP BY status")) {
            while (r.next()) {
                byStatus.put(r.getString(1), r.getLong(2));
            }
        }
        return new Acks(sink.messages.get(), byStatus.getOrDefault("SENT", 0L), byStatus.getOrDefault("PENDING", 0L),
                byStatus.getOrDefault("FAILED", 0L), waited);
    }

    /**
     * What must hold whatever the speed: each mail recorded once with the outcome its kind calls for, one ticket per
     * new request, each reply on its request's ticket, each attachment with its size, nothing in the errors, the
     * inbox empty and every mail in the processed folder, each acknowledgement sent.
     */
    private void check(Plan measured, Plan warm, Instant began, Mailbox box, Acks acks) throws SQLException {
        for (Plan plan : List.of(warm, measured)) {
            if (plan.recordedCount.get() < plan.n) {
                errors.add(String.format(Locale.ROOT, "%s: %,d mails lost (not recorded)", plan.prefix,
                        plan.n - plan.recordedCount.get()));
            }
            if (plan.duplicates.get() > 0) {
                errors.add(plan.prefix + ": " + plan.duplicates.get() + " mails recorded twice");
            }
            int wrongOutcome = 0;
            int wrongTicket = 0;
            Map<Long, Integer> requestsPerTicket = new HashMap<>();
            for (int i = 0; i < plan.n; i++) {
                if (plan.outcome[i] == null) {
                    continue;
                }
                if (!plan.outcome[i].equals(plan.reply[i] ? "ADDED" : "NEW_TICKET")) {
                    wrongOutcome++;
                } else if (plan.reply[i] && plan.ticket[i] != plan.ticket[plan.target[i]]) {
                    wrongTicket++;
                } else if (!plan.reply[i]) {
                    requestsPerTicket.merge(plan.ticket[i], 1, Integer::sum);
                }
            }
            long shared = requestsPerTicket.values().stream().filter(k -> k > 1).count();
            if (wrongOutcome + wrongTicket + shared > 0) {
                errors.add(String.format(Locale.ROOT, "%s: %d mails with the wrong outcome, %d replies on the wrong"
                        + " ticket, %d tickets for more than one request", plan.prefix, wrongOutcome, wrongTicket,
                        shared));
            }
        }
        try (Connection c = connect()) {
            long opened;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM service_ticket WHERE channel = 'EMAIL' AND opened_at >= ?")) {
                s.setTimestamp(1, Timestamp.from(began));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    opened = r.getLong(1);
                }
            }
            long requests = measured.newCount() + warm.newCount();
            if (opened != requests) {
                errors.add(String.format(Locale.ROOT, "%,d tickets opened by mail for %,d new requests", opened,
                        requests));
            }
            Map<String, long[]> files = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.message_id, count(*), sum(a.size_bytes) FROM"
                    + " mail_attachment a JOIN inbound_mail m ON m.id = a.inbound_mail_id WHERE m.message_id LIKE ?"
                    + " GROUP BY m.message_id")) {
                s.setString(1, "m.%." + runId + "@" + DOMAIN);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        files.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                    }
                }
            }
            int wrongFiles = 0;
            for (int i = 0; i < measured.n; i++) {
                long[] f = files.getOrDefault(measured.messageId(i), new long[2]);
                long expectedCount = measured.attachmentLines[i] > 0 ? 1 : 0;
                if (f[0] != expectedCount || f[1] != measured.attachmentBytes(i)) {
                    wrongFiles++;
                }
            }
            if (wrongFiles > 0) {
                errors.add(wrongFiles + " mails whose attachment is missing or of the wrong size");
            }
            // The demo data (the benchmark server runs with it) lists a mail error of its own, from before the run.
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM mail_error WHERE failed_at >= ?")) {
                s.setObject(1, java.time.OffsetDateTime.ofInstant(began, java.time.ZoneOffset.UTC));
                ResultSet r = s.executeQuery();
                r.next();
                if (r.getLong(1) > 0) {
                    errors.add(r.getLong(1) + " mails in the errors (mail_error)");
                }
            }
        }
        if (box.processed() > measured.n + warm.n && box.inbox() == 0) {
            // A connection that broke between a copy to Processed and its expunge leaves the mail in the inbox; read
            // again, it is recognised (never recorded twice, checked above) and copied again: at least once, by design.
            out("note: %,d more copies in Processed than mails: moves repeated after a broken IMAP connection",
                    box.processed() - (measured.n + warm.n));
        } else if (box.inbox() != 0 || box.processed() != measured.n + warm.n) {
            errors.add(String.format(Locale.ROOT, "mailbox at the end: %,d in INBOX (0 expected), %,d in Processed"
                    + " (%,d expected)", box.inbox(), box.processed(), measured.n + warm.n));
        }
        if (acks.failed() > 0) {
            errors.add(acks.failed() + " acknowledgements FAILED");
        }
    }

    // ---------------------------------------------------------------------------------------------------- report

    record Result(Delivery delivery, ResourceMeter.Usage usage, Map<String, Long> serverThreads,
            Map<String, Long> jvmThreads, Map<String, long[]> tables, long polls, long heapStart, long heapEnd,
            Mailbox box, Acks acks) {
    }

    /** The figures a run's targets are judged on. */
    record Figures(double overall, double steady, double p50, double p95, double p99) {
    }

    private Figures figures(Plan plan) {
        long firstSend = Arrays.stream(plan.sendDone).filter(t -> t > 0).min().orElse(0);
        long lastDetected = Arrays.stream(plan.detected).max().orElse(0);
        long[] recorded = Arrays.stream(plan.recorded).filter(t -> t > 0).sorted().toArray();
        double overall = plan.recordedCount.get() / Math.max(1e-9, (lastDetected - firstSend) / 1e6);
        int lo = recorded.length / 10;
        int hi = recorded.length * 9 / 10;
        double steady = recorded.length < 20 ? 0 : (hi - lo) / Math.max(1e-9, (recorded[hi] - recorded[lo]) / 1e6);
        long[] visible = latencies(plan, plan.detected);
        return new Figures(overall, steady, percentile(visible, 50), percentile(visible, 95),
                percentile(visible, 99));
    }

    /** @return milliseconds from the end of each mail's SMTP delivery to {@code at}, in micros, sorted */
    private static long[] latencies(Plan plan, long[] at) {
        long[] l = new long[plan.n];
        int k = 0;
        for (int i = 0; i < plan.n; i++) {
            if (at[i] > 0 && plan.sendDone[i] > 0) {
                l[k++] = at[i] - plan.sendDone[i];
            }
        }
        l = Arrays.copyOf(l, k);
        Arrays.sort(l);
        return l;
    }

    /** @return the percentile in milliseconds of sorted microseconds */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    private void print(Plan plan, Result r) {
        Delivery d = r.delivery;
        Figures f = figures(plan);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (String o : plan.outcome) {
            outcomes.merge(o == null ? "(not recorded)" : o, 1L, Long::sum);
        }
        out("%nMeasured run: %,d mails (%,d new requests, %,d replies, %,d with an attachment, %,d MB in all)",
                plan.n, plan.newCount(), plan.replyCount(), plan.withAttachment(),
                Arrays.stream(plan.attachmentLines).mapToLong(l -> l * 78L).sum() >> 20);
        out("  sent %,d in %.1f s (%.1f mails/s offered%s); %,d replies waited %.1f s in all for their request to be"
                + " recorded; backlog when the last was sent: %,d mails", d.sent, d.sendSeconds, d.sent / d.sendSeconds,
                rate > 0 ? String.format(Locale.ROOT, ", %.0f/s asked", rate) : "", d.repliesHeldBack, d.heldSeconds,
                d.backlogAtEndOfSending);
        out("  recorded %,d: %s; mails recorded twice: %d", d.recorded, outcomes, plan.duplicates.get());
        out("  into tickets and messages: %.1f mails/s from the first delivery to the last recorded; steady state"
                + " (10%%-90%% of the mails, server clock) %.1f mails/s", f.overall, f.steady);
        long[] visible = latencies(plan, plan.detected);
        long[] recordedAt = latencies(plan, plan.recorded);
        out("  latency from the end of the SMTP delivery, ms        p50      p95      p99      max");
        out("    to visible on the ticket (poll every %2d ms)   %8.1f %8.1f %8.1f %8.1f", pollMillis,
                percentile(visible, 50), percentile(visible, 95), percentile(visible, 99), percentile(visible, 100));
        out("    to received_at (the server's clock, tx start)   %8.1f %8.1f %8.1f %8.1f", percentile(recordedAt, 50),
                percentile(recordedAt, 95), percentile(recordedAt, 99), percentile(recordedAt, 100));
        out("    (new requests alone: p50 %.1f, p95 %.1f; replies alone: p50 %.1f, p95 %.1f; with attachment: p50"
                + " %.1f, p95 %.1f)", kind(plan, 0, 50), kind(plan, 0, 95), kind(plan, 1, 50), kind(plan, 1, 95),
                kind(plan, 2, 50), kind(plan, 2, 95));
        gaps(plan);
        out("  mailbox at the end: INBOX %,d, Processed %,d (after %.1f s more)", r.box.inbox(), r.box.processed(),
                r.box.drainSeconds());
        out("  acknowledgements: %,d received by the SMTP sink (%,d SENT, %,d PENDING, %,d FAILED in the outbox), %.1f"
                + " s after the last mail was recorded", r.acks.received(), r.acks.sent(), r.acks.pending(),
                r.acks.failed(), r.acks.waitSeconds());
        out("  server heap after GC: %,d MB before, %s MB in the middle, %,d MB at the end (peak used %,d MB of %,d"
                + " MB)", r.heapStart >> 20, d.heapAfterGc, r.heapEnd >> 20, d.peakHeap >> 20, d.maxHeap >> 20);

        ResourceMeter.Usage u = r.usage;
        int n = Math.max(1, d.recorded);
        out("%nWhere the time goes (the measured run, %.1f s; per mail):", u.seconds());
        out("  CPU ms per mail: server %.2f (GC %.2f, JIT %.2f), PostgreSQL %.2f, this JVM %.2f (GreenMail, the"
                + " senders %.2f, the poller); machine busy %.0f%%, others %.0f%%", u.serverCpuMillis() / n,
                u.serverGcMillis() / n, u.serverJitMillis() / n, u.postgresCpuMillis() / n, u.clientCpuMillis() / n,
                (double) d.senderCpuMillis / n, u.machineBusy() * 100, u.othersBusy() * 100);
        out("  the server's threads (CPU ms per mail, share of the run's wall time):");
        top(r.serverThreads, 8).forEach((name, ms) -> out("    %-24s %7.2f  %5.1f%%", name, (double) ms / n,
                ms / 10.0 / u.seconds()));
        out("  this JVM's threads:");
        top(r.jvmThreads, 6).forEach((name, ms) -> out("    %-24s %7.2f  %5.1f%%", name, (double) ms / n,
                ms / 10.0 / u.seconds()));
        out("  PostgreSQL per mail: %.2f commits, %.1f rows inserted, %.1f index scans, %.0f rows fetched, %.0f rows"
                + " returned, %.1f blocks read from the OS, %.0f in its buffers (the benchmark's poll adds %.2f commits"
                + " and index scans)", (double) u.commits() / n, (double) u.tuplesInserted() / n,
                (double) u.indexScans() / n, (double) u.tuplesFetched() / n, (double) u.tuplesReturned() / n,
                (double) u.blocksRead() / n, (double) u.blocksHit() / n, (double) r.polls / n);
        StringBuilder scans = new StringBuilder();
        r.tables.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(6)
                .forEach(e -> scans.append(String.format(Locale.ROOT, " %s %.2f (%,.0f rows read);", e.getKey(),
                        (double) e.getValue()[0] / n, (double) e.getValue()[1] / n)));
        out("  sequential scans per mail:%s", scans.length() == 0 ? " none" : scans);
    }

    /** Latency percentile of one kind: 0 new requests, 1 replies, 2 mails with an attachment. */
    private static double kind(Plan plan, int kind, double p) {
        long[] l = new long[plan.n];
        int k = 0;
        for (int i = 0; i < plan.n; i++) {
            boolean of = kind == 0 ? !plan.reply[i] : kind == 1 ? plan.reply[i] : plan.attachmentLines[i] > 0;
            if (of && plan.detected[i] > 0 && plan.sendDone[i] > 0) {
                l[k++] = plan.detected[i] - plan.sendDone[i];
            }
        }
        l = Arrays.copyOf(l, k);
        Arrays.sort(l);
        return percentile(l, p);
    }

    /**
     * The reader records one mail after the other: the time between two consecutive records (server clock) is what
     * one mail costs it, fetch, parse and transaction; the long gaps are the batch boundaries (mark seen, MOVE, NOOP,
     * FETCH of the next batch's sizes) and the waits for mail.
     */
    private void gaps(Plan plan) {
        long[] at = Arrays.stream(plan.recorded).filter(t -> t > 0).sorted().toArray();
        if (at.length < 3) {
            return;
        }
        long[] gaps = new long[at.length - 1];
        for (int i = 1; i < at.length; i++) {
            gaps[i - 1] = at[i] - at[i - 1];
        }
        long[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double median = percentile(sorted, 50);
        long longGaps = Arrays.stream(gaps).filter(g -> g / 1000.0 > Math.max(20, 5 * median)).count();
        double longSum = Arrays.stream(gaps).filter(g -> g / 1000.0 > Math.max(20, 5 * median)).sum() / 1e6;
        double plainMean = Arrays.stream(gaps).filter(g -> g / 1000.0 <= Math.max(20, 5 * median)).average()
                .orElse(0) / 1000;
        int[] attached = new int[2];
        double[] attachedSum = new double[2];
        Map<Long, Integer> byTime = new HashMap<>();
        for (int i = 0; i < plan.n; i++) {
            if (plan.recorded[i] > 0) {
                byTime.put(plan.recorded[i], i);
            }
        }
        for (int i = 1; i < at.length; i++) {
            Integer mail = byTime.get(at[i]);
            double g = (at[i] - at[i - 1]) / 1000.0;
            if (mail != null && g <= Math.max(20, 5 * median)) {
                int k = plan.attachmentLines[mail] > 0 ? 1 : 0;
                attached[k]++;
                attachedSum[k] += g;
            }
        }
        out("  the reader, between two consecutive mails recorded (server clock): p50 %.2f ms, p95 %.2f ms, p99 %.2f"
                + " ms, mean %.2f ms (%.2f without an attachment, %.2f with one); %,d gaps over %.0f ms (batch"
                + " boundaries, waits for mail) %.1f s in all", median, percentile(sorted, 95), percentile(sorted, 99),
                plainMean, attachedSum[0] / Math.max(1, attached[0]), attachedSum[1] / Math.max(1, attached[1]),
                longGaps, Math.max(20, 5 * median), longSum);
    }

    private static Map<String, Long> top(Map<String, Long> values, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        values.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private void targets(Plan plan, Result r) {
        Figures f = figures(plan);
        double growth = (double) r.heapEnd / Math.max(1, r.heapStart);
        out("%nTargets:");
        out("  at least %.0f mails/s sustained (steady state): %.1f mails/s, %s", TARGET_RATE, f.steady,
                f.steady >= TARGET_RATE ? "MET" : "MISSED");
        out("  p95 from SMTP delivery to visible on the ticket under %.0f s (IDLE): %.1f ms, %s",
                TARGET_P95_MILLIS / 1000, f.p95, f.p95 < TARGET_P95_MILLIS ? "MET" : "MISSED");
        out("  server heap flat (after GC, end at most +%.0f%% of the start): %,d MB to %,d MB (%+.0f%%), %s",
                (TARGET_HEAP_GROWTH - 1) * 100, r.heapStart >> 20, r.heapEnd >> 20, (growth - 1) * 100,
                growth <= TARGET_HEAP_GROWTH ? "MET" : "MISSED");
        if (!errors.isEmpty()) {
            out("ERRORS (%d): %s", errors.size(), errors.subList(0, Math.min(20, errors.size())));
        }
    }

    // -------------------------------------------------------------------------------------------------- ceilings

    /**
     * The reader's IMAP work without the database, in this JVM against the same GreenMail: the processed mails moved
     * back to an inbox of their own, then read as the reader reads (NOOP, the next 100 mails' sizes and UIDs, each
     * mail's bytes, parsed; marked seen and moved on).
     */
    private void imapCeiling(GreenMail greenMail, GreenMailUser user) throws Exception {
        int limit = Integer.getInteger("benchmark.mail.imap.ceiling", 2_000);
        if (limit <= 0) {
            return;
        }
        var host = greenMail.getManagers().getImapHostManager();
        var processed = host.getFolder(user, "Processed");
        var ceiling = host.createMailbox(user, "Ceiling");
        long[] uids = processed.getMessageUids();
        int moved = 0;
        for (long uid : uids) {
            if (moved++ >= limit) {
                break;
            }
            processed.moveMessage(uid, ceiling);
        }
        Properties p = new Properties();
        p.put("mail.imap.peek", "true");
        p.put("mail.imap.partialfetch", "false");
        MailParser parser = new MailParser();
        long bytes = 0;
        int read = 0;
        long started;
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", imapPort, MAILBOX, password);
        try {
            IMAPFolder folder = (IMAPFolder) store.getFolder("Ceiling");
            folder.open(Folder.READ_WRITE);
            Folder done = store.getFolder("Ceiling-done");
            done.create(Folder.HOLDS_MESSAGES);
            boolean canMove = ((org.eclipse.angus.mail.imap.IMAPStore) store).hasCapability("MOVE");
            started = System.nanoTime();
            while (true) {
                folder.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
                int left = folder.getMessageCount();
                if (left == 0) {
                    break;
                }
                Message[] batch = folder.getMessages(1, Math.min(left, READER_BATCH));
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.SIZE);
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(batch, profile);
                // As the reader: the mails' bytes fetched whole, up to 8 MB a command.
                int from = 0;
                while (from < batch.length) {
                    List<Message> chunk = new ArrayList<>();
                    long chunkBytes = 0;
                    while (from < batch.length && (chunk.isEmpty() || chunkBytes + batch[from].getSize() <= 8L << 20)) {
                        chunkBytes += batch[from].getSize();
                        chunk.add(batch[from++]);
                    }
                    FetchProfile whole = new FetchProfile();
                    whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
                    folder.fetch(chunk.toArray(Message[]::new), whole);
                }
                for (Message m : batch) {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, m.getSize()));
                    m.writeTo(raw);
                    bytes += raw.size();
                    parser.parse(raw.toByteArray());
                    read++;
                }
                folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
                if (canMove) {
                    folder.moveMessages(batch, done);
                } else {
                    folder.copyMessages(batch, done);
                    folder.setFlags(batch, new Flags(Flags.Flag.DELETED), true);
                    folder.expunge(batch);
                }
                // As the reader: selected again, since GreenMail does not tell the moving session what it moved.
                folder.close(false);
                folder.open(Folder.READ_WRITE);
            }
        } finally {
            store.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out("%nIMAP ceiling (no database): %,d of the same mails read as the reader reads them (batches of %d: NOOP,"
                + " FETCH sizes, the mails' bytes up to 8 MB a FETCH, parsed, marked seen, moved, selected again) from"
                + " the same GreenMail in this JVM:"
                + " %.1f s = %.1f mails/s (%,d MB)", read, READER_BATCH, seconds, read / seconds, bytes >> 20);
    }

    /** The server's parser alone over the same raw messages, in this JVM: no IMAP, no database. */
    private void parseCeiling(Plan plan) throws Exception {
        List<byte[]> raws = new ArrayList<>(plan.n);
        long bytes = 0;
        for (int i = 0; i < plan.n; i++) {
            byte[] raw = plan.raw(i, plan.sendStarted[i] / 1000);
            raws.add(raw);
            bytes += raw.length;
        }
        MailParser parser = new MailParser();
        for (int i = 0; i < Math.min(raws.size(), 2_000); i++) {
            parser.parse(raws.get(i)); // warm-up: JIT
        }
        List<Double> rounds = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            for (byte[] raw : raws) {
                parser.parse(raw);
            }
            rounds.add(raws.size() / ((System.nanoTime() - t) / 1e9));
        }
        List<Double> sorted = rounds.stream().sorted().toList();
        out("Parse ceiling (no IMAP, no database): the same %,d raw mails (%,d MB) parsed by MailParser on one"
                + " thread: %.0f mails/s (median of %s)", raws.size(), bytes >> 20, sorted.get(1), rounds.stream()
                        .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    // --------------------------------------------------------------------------------------------- measurements

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

    /** @return CPU milliseconds of a process's threads by name, numbers left out (Linux /proc) */
    private static Map<String, Long> threadCpu(long pid) {
        Map<String, Long> ms = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ms.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return ms;
    }

    /** @return CPU milliseconds of this JVM's threads by name, numbers left out */
    private static Map<String, Long> jvmThreadCpu() {
        return threadCpu(ProcessHandle.current().pid());
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((k, v) -> d.put(k, Math.max(0, v - before.getOrDefault(k, 0L))));
        return d;
    }

    /** @return per table: sequential scans and the rows they read, from pg_stat_user_tables */
    private Map<String, long[]> tableScans() throws SQLException {
        Map<String, long[]> scans = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables")) {
                while (r.next()) {
                    scans.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
        }
        return scans;
    }

    private static Map<String, long[]> minusScans(Map<String, long[]> after, Map<String, long[]> before) {
        Map<String, long[]> d = new HashMap<>();
        after.forEach((k, v) -> {
            long[] b = before.getOrDefault(k, new long[2]);
            d.put(k, new long[] {v[0] - b[0], v[1] - b[1]});
        });
        return d;
    }

    private void out(String format, Object... arguments) {
        report.line(format, arguments);
    }
}
