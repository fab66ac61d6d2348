package org.helpdesk.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a realistic help-desk history straight into a migrated PostgreSQL schema with batched JDBC: customers
 * with one to three contacts, service tickets over the twelve months (or the {@code days}) before {@code until} in every channel, kind,
 * severity and state, about one programming ticket per eight service tickets (escalations, with their
 * {@code ticket_link} rows), one to three time entries and one or two comments per ticket, and the audit trail the
 * domain would have written (created, assignee, state changes, link, verification, closure, comments, time). The
 * operators and programmers the tickets name are staff users (those missing are added, with no usable password).
 *
 * <p>Deterministic: the content of each chunk of tickets is a function of the seed and the chunk's index only, so
 * the same settings give the same rows whatever the number of writer threads. Milestone timestamps follow the
 * lifecycle and stay before {@code until}; closure columns are set exactly for closed tickets (the CHECK
 * constraints of {@code V2__tickets.sql}).
 *
 * <p>Ids: one {@code nextval} per sequence reserves the range above everything the application has allocated so
 * far; the rows use ids in that range and, at the end, {@code setval} moves each sequence past the range, so the
 * application's pooled generators ({@code allocationSize = 50}) and the ticket number sequences carry on without
 * collisions. Nothing else may insert into these tables while the generator runs.
 *
 * <p>Use the PostgreSQL URL with {@code reWriteBatchedInserts=true}: the driver then sends each batch as multi-row
 * inserts. Run standalone with
 * {@code java -cp … org.helpdesk.benchmark.DataGenerator jdbc:postgresql://127.0.0.1:5432/db?reWriteBatchedInserts=true postgres postgres 10000 1000000}.
 */
public final class DataGenerator {

    /** Tickets per transaction and per unit of work of a writer thread. */
    static final int CHUNK = 500;

    // Fixed id slots per service ticket for the child rows, so that every chunk knows its ids without coordination.
    private static final int COMMENT_SLOTS = 4;
    private static final int TIME_SLOTS = 4;
    private static final int AUDIT_SLOTS = 32;
    private static final int MAX_CONTACTS = 3;

    private static final String[] CHANNELS = {"PHONE", "EMAIL", "CHAT", "REMOTE_ASSISTANCE", "WEB"};
    private static final int[] CHANNEL_WEIGHTS = {35, 30, 15, 12, 8};
    private static final String[] KINDS = {"SOFTWARE_BUG", "SOFTWARE_NEW_REQUEST", "HARDWARE"};
    private static final int[] KIND_WEIGHTS = {30, 40, 30};
    private static final String[] SEVERITIES = {"HIGH", "AVERAGE", "LOW", "SECONDARY"};
    private static final int[] SEVERITY_WEIGHTS = {8, 42, 35, 15};
    /** Taking-charge target in minutes per severity (V2's milestone_target), to draw realistic delays. */
    private static final int[] TAKE_CHARGE_MINUTES = {30, 120, 480, 1440};
    private static final int[] RESOLUTION_MINUTES = {480, 4320, 14400, 43200};

    static final String[] OPERATORS = {"operator", "luca", "anna.ferri", "marco.gallo", "sara.conti", "paolo.riva",
        "elena.bruno", "john.miller", "kate.brown", "giorgio.fontana", "chiara.moretti", "tom.walker"};
    private static final String[] PROGRAMMERS = {"programmer", "dev.rinaldi", "dev.costa", "dev.smith", "dev.lombardi",
        "dev.greco"};

    private static final String[][] SUBJECTS = {
        {"Invoice print fails with error %d", "Stampa fattura in errore %d"},
        {"Stock totals wrong after transfer %d", "Giacenze errate dopo il trasferimento %d"},
        {"New report: sales by agent, layout %d", "Nuovo report: vendite per agente, layout %d"},
        {"Login very slow on workstation %d", "Accesso molto lento sulla postazione %d"},
        {"Barcode scanner %d not recognised", "Lettore barcode %d non riconosciuto"},
        {"Export to accounting: VAT code %d missing", "Export contabilità: manca il codice IVA %d"},
        {"Add field 'delivery notes' to order form %d", "Aggiungere 'note di consegna' alla maschera ordini %d"},
        {"Printer %d offline", "Stampante %d non in linea"},
        {"E-invoice %d rejected by the exchange system", "Fattura elettronica %d scartata dallo SDI"},
        {"Crash when closing fiscal year, step %d", "Blocco nella chiusura dell'esercizio, passo %d"},
        {"Price list import stops at row %d", "Import listino si ferma alla riga %d"},
        {"Backup job %d did not run", "Il backup %d non è partito"},
    };
    private static final String[] DESCRIPTIONS = {
        "The customer reports the problem since this morning; it happens on every attempt and blocks the daily work"
            + " of the office. Screenshots were sent by e-mail.",
        "Il cliente segnala il problema da stamattina: si presenta a ogni tentativo e blocca il lavoro quotidiano"
            + " dell'ufficio. Ha inviato le schermate via e-mail.",
        "Happens only on one workstation after the last update. Restarting the program does not help; the event log"
            + " shows a timeout towards the database server.",
        "Request agreed with the sales manager: it is needed before the end of the month for the closing of the"
            + " accounts. Priority discussed on the phone.",
    };
    private static final String[] ACTIVITIES = {"Phone analysis with the customer", "Remote session, checked logs",
        "Reproduced the problem on the test system", "Configuration changed and tested", "Call back and explanation",
        "Applied the workaround"};
    private static final String[] COMMENTS = {"Called the customer back, they will send the files.",
        "Abbiamo chiesto al cliente i file di log.", "Workaround explained, waiting for confirmation.",
        "Checked with the colleague on duty, same behaviour on the test system."};
    private static final String[] COMPANY_WORDS = {"Rossi", "Bianchi", "Verdi", "Galli", "Ferri", "Costa", "Acme",
        "Northwind", "Contoso", "Fabrikam", "Alpina", "Adriatica", "Tirrenia", "Lario", "Orobica", "Brenta"};
    private static final String[] COMPANY_KINDS = {"Meccanica", "Trasporti", "Farmacia", "Studio", "Logistica",
        "Tools", "Traders", "Foods", "Impianti", "Ceramiche", "Software", "Edilizia"};
    private static final String[] FIRST_NAMES = {"Giulia", "Marco", "Anna", "Paolo", "Elena", "Luca", "John", "Mary",
        "Laura", "Carla", "Franco", "Silvia", "Peter", "Emma"};
    private static final String[] LAST_NAMES = {"Rossi", "Bianchi", "Neri", "Costa", "Ferri", "Smith", "Jones",
        "Callahan", "Marini", "Greco", "Bruno", "Russo", "Taylor", "Wilson"};

    /** What to load: tickets opened over the {@code days} before {@code until} (excluded: every timestamp is before it). */
    public record Settings(long seed, int customers, int tickets, Instant until, int threads, int days) {
        public Settings {
            if (customers < 1 || tickets < 0 || threads < 1 || days < 1) {
                throw new IllegalArgumentException("customers >= 1, tickets >= 0, threads >= 1, days >= 1");
            }
        }

        public Settings(long seed, int customers, int tickets, Instant until, int threads) {
            this(seed, customers, tickets, until, threads, 365);
        }

        /** Every ticket opened in one month (UTC). */
        public static Settings ofMonth(long seed, int customers, int tickets, java.time.YearMonth month, int threads) {
            return new Settings(seed, customers, tickets, month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant(), threads, month.lengthOfMonth());
        }

        /** Twelve months up to the start of today (UTC). */
        public static Settings of(long seed, int customers, int tickets, int threads) {
            return new Settings(seed, customers, tickets, Instant.now().truncatedTo(ChronoUnit.DAYS), threads);
        }
    }

    /** Rows written, by table. */
    public record Result(long customers, long contacts, long serviceTickets, long programmingTickets, long links,
            long comments, long timeEntries, long auditEvents, Duration elapsed) {

        public long rows() {
            return customers + contacts + serviceTickets + programmingTickets + links + comments + timeEntries
                    + auditEvents;
        }

        public double rowsPerSecond() {
            return rows() / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d rows in %.1f s = %,.0f rows/s (%,d service tickets = %,.0f tickets/s;"
                    + " customers %,d, contacts %,d, programming tickets %,d, links %,d, comments %,d, time entries %,d,"
                    + " audit events %,d)", rows(), elapsed.toMillis() / 1000.0, rowsPerSecond(), serviceTickets,
                    serviceTickets / Math.max(1e-9, elapsed.toNanos() / 1e9), customers, contacts, programmingTickets,
                    links, comments, timeEntries, auditEvents);
        }
    }

    /** Opens a new connection for each writer thread. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final Settings settings;

    // Reserved ranges.
    private long customerBase;
    private long contactBase;
    private long serviceBase;
    private long programmingBase;
    private long commentBase;
    private long timeBase;
    private long auditBase;
    private long serviceNumberBase;
    private long programmingNumberBase;

    // The customers, by index.
    private long[] contactFirst;
    private int[] contactCount;
    private boolean[] italian;
    private String[][] contactNames;

    // Business seconds of the loaded period: weekdays, 07:00-19:00 UTC.
    private long[] dayStarts;
    private static final long BUSINESS_SECONDS = 12 * 3600;

    /** Number of escalated tickets before each chunk: gives every programming ticket a dense id and number. */
    private int[] programmingBefore;

    private final AtomicLong links = new AtomicLong();
    private final AtomicLong comments = new AtomicLong();
    private final AtomicLong timeEntries = new AtomicLong();
    private final AtomicLong auditEvents = new AtomicLong();
    private final AtomicLong ticketsDone = new AtomicLong();

    public DataGenerator(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("arguments: jdbc-url user password customers tickets [seed] [threads]");
            System.exit(2);
        }
        Settings settings = Settings.of(args.length > 5 ? Long.parseLong(args[5]) : 42L, Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), args.length > 6 ? Integer.parseInt(args[6]) : 3);
        Result result = new DataGenerator(settings).load(() -> DriverManager.getConnection(args[0], args[1], args[2]),
                line -> System.out.println(line));
        System.out.println(result);
    }

    /**
     * Loads everything, then moves the sequences past the rows written.
     *
     * @param progress told about once per 10% of the tickets
     */
    public Result load(ConnectionFactory db, java.util.function.Consumer<String> progress) throws Exception {
        long started = System.nanoTime();
        prepareCalendar();
        prepareProgramming();
        try (Connection control = db.open()) {
            control.setAutoCommit(true);
            reserve(control);
            loadStaff(control);
            loadCustomers(control);
        }
        int chunks = (settings.tickets() + CHUNK - 1) / CHUNK;
        AtomicInteger nextChunk = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "data-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> writers = new ArrayList<>();
            long tenth = Math.max(1, settings.tickets() / 10);
            for (int w = 0; w < settings.threads(); w++) {
                writers.add(pool.submit(() -> {
                    try (Connection connection = db.open(); ChunkWriter writer = new ChunkWriter(connection)) {
                        for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                            writer.write(c);
                            long before = ticketsDone.get();
                            long after = ticketsDone.addAndGet(Math.min(CHUNK, settings.tickets() - (long) c * CHUNK));
                            if (after / tenth != before / tenth) {
                                progress.accept(String.format(Locale.ROOT, "  %,d / %,d tickets, %.0f s", after,
                                        settings.tickets(), (System.nanoTime() - started) / 1e9));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection control = db.open()) {
            control.setAutoCommit(true);
            moveSequences(control);
            recordMinutes(control);
        }
        return new Result(settings.customers(), sum(contactCount), settings.tickets(), programmingBefore[chunks],
                links.get(), comments.get(), timeEntries.get(), auditEvents.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Each ticket keeps the minutes recorded on it (V71), as the application does with every time entry: summed here
     * once from the generated entries, by level.
     */
    private static void recordMinutes(Connection c) throws SQLException {
        for (String table : List.of("service_ticket", "programming_ticket")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE " + table + " t SET"
                        + " help_desk_minutes = m.help_desk, programming_minutes = m.programming"
                        + " FROM (SELECT " + table + "_id AS id,"
                        + " SUM(CASE WHEN level = 'PROGRAMMING' THEN 0 ELSE minutes END) AS help_desk,"
                        + " SUM(CASE WHEN level = 'PROGRAMMING' THEN minutes ELSE 0 END) AS programming"
                        + " FROM time_entry WHERE " + table + "_id IS NOT NULL GROUP BY " + table + "_id) m"
                        + " WHERE t.id = m.id");
            }
        }
        // The clocks the application keeps on each ticket (V75), as elapsed time: the generator has no trail to
        // replay at this speed, and the benchmarks measure reading them, not their values. The rows are written fresh
        // and warned, so that the server neither replays nor warns of a million tickets, nor locks one of the rows
        // this statement updates, while the data is loaded and measured.
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE service_ticket SET"
                    + " taking_charge_minutes = CEIL(EXTRACT(EPOCH FROM taken_in_charge_at - opened_at) / 60),"
                    + " first_feedback_minutes = CEIL(EXTRACT(EPOCH FROM first_feedback_at - opened_at) / 60),"
                    + " resolution_minutes = CEIL(EXTRACT(EPOCH FROM resolved_at - opened_at) / 60),"
                    + " help_desk_clock_minutes = CEIL(EXTRACT(EPOCH FROM resolved_at - opened_at) / 60),"
                    + " programming_clock_minutes = CASE WHEN resolved_at IS NULL THEN NULL ELSE 0 END");
            // An open ticket not yet resolved has its resolution pending: due a day after it was opened and at risk
            // from 80% of that, so the breached and soon-due queues and the warnings' badge count real rows.
            s.executeUpdate("UPDATE service_ticket SET resolution_due_at = opened_at + INTERVAL '24 hours',"
                    + " next_due_at = opened_at + INTERVAL '24 hours',"
                    + " next_due_warn_at = opened_at + INTERVAL '1152 minutes'"
                    + " WHERE state <> 'CLOSED' AND resolved_at IS NULL");
        }
    }

    // ------------------------------------------------------------------------------------------- ids and sequences

    private void reserve(Connection c) throws SQLException {
        long n = settings.tickets();
        customerBase = reserve(c, "customer_seq");
        contactBase = reserve(c, "contact_seq");
        serviceBase = reserve(c, "service_ticket_seq");
        programmingBase = reserve(c, "programming_ticket_seq");
        commentBase = reserve(c, "ticket_comment_seq");
        timeBase = reserve(c, "time_entry_seq");
        auditBase = reserve(c, "audit_event_seq");
        serviceNumberBase = reserve(c, "service_ticket_number_seq");
        programmingNumberBase = reserve(c, "programming_ticket_number_seq");
        if (n > 0 && ticketNumber("HD", 2000, serviceNumberBase + n).length() > 20) {
            throw new IllegalStateException("ticket numbers would not fit in 20 characters");
        }
    }

    /** @return a value no one else owns: everything above it is free until the generator moves the sequence */
    private static long reserve(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval(?)")) {
            s.setString(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void moveSequences(Connection c) throws SQLException {
        long n = settings.tickets();
        int programming = programmingBefore[programmingBefore.length - 1];
        // setval(x): the next nextval gives x + increment, and the pooled generators use the ids above x.
        setval(c, "customer_seq", customerBase + settings.customers() - 1);
        setval(c, "contact_seq", contactBase + (long) settings.customers() * MAX_CONTACTS - 1);
        setval(c, "service_ticket_seq", serviceBase + n - 1);
        setval(c, "programming_ticket_seq", programmingBase + programming - 1);
        setval(c, "ticket_comment_seq", commentBase + n * COMMENT_SLOTS - 1);
        setval(c, "time_entry_seq", timeBase + n * TIME_SLOTS - 1);
        setval(c, "audit_event_seq", auditBase + n * AUDIT_SLOTS - 1);
        setval(c, "service_ticket_number_seq", serviceNumberBase + n - 1);
        setval(c, "programming_ticket_number_seq", programmingNumberBase + programming - 1);
    }

    private static void setval(Connection c, String sequence, long atLeast) throws SQLException {
        // Never backwards: with zero rows the reserved value itself stays consumed.
        try (PreparedStatement s = c.prepareStatement(
                "SELECT setval(?, GREATEST(?, (SELECT last_value FROM " + sequence + ")))")) {
            s.setString(1, sequence);
            s.setLong(2, atLeast);
            s.executeQuery().close();
        }
    }

    // ----------------------------------------------------------------------------------------------------- staff

    /** A bcrypt hash whose password nobody knows (configure.cli's): the generated staff cannot sign in. */
    private static final String NO_PASSWORD = "$2a$10$O5JxKLQTqtOnHssR84hCaOToX.1D426sV1AXl34vQPz8KYSKDOFmK";
    private static final Set<String> ENGLISH_STAFF = Set.of("john.miller", "kate.brown", "tom.walker", "dev.smith");

    /**
     * The staff users the tickets name (operators, programmers) that do not exist yet, as active users with their
     * role: the application refuses a name that is no staff user, e.g. as the list's {@code assignee} filter.
     */
    private void loadStaff(Connection c) throws SQLException {
        long base = reserve(c, "staff_user_seq");
        long next = base;
        c.setAutoCommit(false);
        try (PreparedStatement user = c.prepareStatement("INSERT INTO staff_user (id, version, username, display_name,"
                + " language, password_hash, active) VALUES (?, 0, ?, ?, ?, ?, TRUE) ON CONFLICT (username) DO NOTHING");
                PreparedStatement role = c.prepareStatement(
                        "INSERT INTO staff_user_role (user_id, role_name) VALUES (?, ?)")) {
            for (String[] staff : List.of(OPERATORS, PROGRAMMERS)) {
                String roleName = staff == OPERATORS ? "OPERATOR" : "PROGRAMMER";
                for (String username : staff) {
                    user.setLong(1, next);
                    user.setString(2, username);
                    user.setString(3, displayName(username));
                    user.setString(4, ENGLISH_STAFF.contains(username) ? "en" : "it");
                    user.setString(5, NO_PASSWORD);
                    if (user.executeUpdate() == 1) {
                        role.setLong(1, next);
                        role.setString(2, roleName);
                        role.executeUpdate();
                        next++;
                    }
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        setval(c, "staff_user_seq", next - 1);
    }

    /** @return e.g. "Anna Ferri" for {@code anna.ferri}, "Dev Rinaldi" for {@code dev.rinaldi} */
    private static String displayName(String username) {
        StringBuilder name = new StringBuilder();
        for (String part : username.split("\\.")) {
            name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0)))
                    .append(part.substring(1));
        }
        return name.toString();
    }

    // ------------------------------------------------------------------------------------------------- customers

    private void loadCustomers(Connection c) throws SQLException {
        int n = settings.customers();
        Random random = new Random(settings.seed());
        contactFirst = new long[n];
        contactCount = new int[n];
        italian = new boolean[n];
        contactNames = new String[n][];
        c.setAutoCommit(false);
        try (PreparedStatement customer = c.prepareStatement(
                "INSERT INTO customer (id, version, code, name, active) VALUES (?, 0, ?, ?, ?)");
                PreparedStatement contact = c.prepareStatement("INSERT INTO contact (id, customer_id, name, email,"
                        + " phone, language, receives_monthly_report, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = 0; k < n; k++) {
                long id = customerBase + k;
                String code = customerCode(k);
                italian[k] = random.nextInt(100) < 70;
                String name = pick(random, COMPANY_WORDS) + " " + pick(random, COMPANY_KINDS)
                        + (italian[k] ? " S.r.l." : " Ltd") + " " + (k + 1);
                customer.setLong(1, id);
                customer.setString(2, code);
                customer.setString(3, name);
                customer.setBoolean(4, random.nextInt(100) != 0);
                customer.addBatch();
                int count = 1 + random.nextInt(MAX_CONTACTS);
                contactFirst[k] = contactBase + (long) k * MAX_CONTACTS;
                contactCount[k] = count;
                contactNames[k] = new String[count];
                for (int j = 0; j < count; j++) {
                    String person = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
                    contactNames[k][j] = person;
                    boolean withEmail = random.nextInt(10) != 0;
                    contact.setLong(1, contactFirst[k] + j);
                    contact.setLong(2, id);
                    contact.setString(3, person);
                    contact.setString(4, withEmail ? person.toLowerCase(Locale.ROOT).replace(' ', '.') + "@"
                            + code.toLowerCase(Locale.ROOT) + ".example" : null);
                    contact.setString(5, "+39 02 " + (5550000 + random.nextInt(10000)));
                    contact.setString(6, italian[k] ? "it" : "en");
                    contact.setBoolean(7, withEmail && j == 0);
                    contact.setBoolean(8, j == 0 || random.nextInt(30) != 0);
                    contact.addBatch();
                }
                if (k % 1000 == 999 || k == n - 1) {
                    customer.executeBatch();
                    contact.executeBatch();
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** @return the code of the k-th generated customer (0-based), e.g. {@code C000001} */
    public static String customerCode(int k) {
        return String.format(Locale.ROOT, "C%06d", k + 1);
    }

    // ---------------------------------------------------------------------------------------------------- tickets

    private void prepareCalendar() {
        Instant until = settings.until();
        LocalDate first = until.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(settings.days());
        LocalDate last = until.minusSeconds(19 * 3600).atOffset(ZoneOffset.UTC).toLocalDate();
        List<Long> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d.atStartOfDay(ZoneOffset.UTC).toEpochSecond() + 7 * 3600);
            }
        }
        dayStarts = days.stream().mapToLong(Long::longValue).toArray();
    }

    /** @return when ticket i opens, in epoch microseconds: increasing with i, spread over business hours */
    private long openedAt(long i, double jitter) {
        double total = (double) dayStarts.length * BUSINESS_SECONDS;
        double position = (i + jitter) * total / Math.max(1, settings.tickets());
        int day = (int) Math.min(dayStarts.length - 1, (long) (position / BUSINESS_SECONDS));
        double second = position - (double) day * BUSINESS_SECONDS;
        return (dayStarts[day] * 1_000_000L) + (long) (second * 1_000_000L);
    }

    /** Whether ticket i is escalated to programming: a hash of the seed and i, about one in eight. */
    private boolean escalated(long i) {
        return (mix(settings.seed() * 0x9E3779B97F4A7C15L + i) & 7) == 0;
    }

    private void prepareProgramming() {
        int chunks = (settings.tickets() + CHUNK - 1) / CHUNK;
        programmingBefore = new int[chunks + 1];
        int count = 0;
        for (int c = 0; c < chunks; c++) {
            programmingBefore[c] = count;
            for (long i = (long) c * CHUNK; i < Math.min((long) (c + 1) * CHUNK, settings.tickets()); i++) {
                if (escalated(i)) {
                    count++;
                }
            }
        }
        programmingBefore[chunks] = count;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One writer: a connection and its prepared statements, writing whole chunks in one transaction each. */
    private final class ChunkWriter implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement service;
        private final PreparedStatement programming;
        private final PreparedStatement link;
        private final PreparedStatement comment;
        private final PreparedStatement time;
        private final PreparedStatement audit;

        ChunkWriter(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement s = connection.createStatement()) {
                // A crash may lose the last commits of the load, never corrupt it; the load is redone anyway.
                s.execute("SET synchronous_commit = off");
            }
            connection.setAutoCommit(false);
            service = connection.prepareStatement("INSERT INTO service_ticket (id, version, number, customer_id,"
                    + " contact_id, channel, kind, severity, subject, description, state, assigned_operator, opened_at,"
                    + " opened_by, taken_in_charge_at, first_feedback_at, resolved_at, closure_agreed_with,"
                    + " closure_channel, closed_at, closed_by, last_modified_at, last_modified_by, reopen_count,"
                    + " clocks_stale, warned)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, 7)");
            programming = connection.prepareStatement("INSERT INTO programming_ticket (id, version, number, urgency,"
                    + " title, description, state, assigned_programmer, planned_date, planned_release, opened_at,"
                    + " opened_by, fix_ready_at, update_version, update_sent_on, update_means, closed_at,"
                    + " last_modified_at, last_modified_by, reopen_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            link = connection.prepareStatement(
                    "INSERT INTO ticket_link (service_ticket_id, programming_ticket_id) VALUES (?, ?)");
            comment = connection.prepareStatement("INSERT INTO ticket_comment (id, service_ticket_id,"
                    + " programming_ticket_id, visibility, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            time = connection.prepareStatement("INSERT INTO time_entry (id, service_ticket_id, programming_ticket_id,"
                    + " staff_username, work_date, minutes, activity, level, recorded_at, recorded_by, reverses_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
            audit = connection.prepareStatement("INSERT INTO audit_event (id, ticket_type, ticket_id, ticket_number,"
                    + " at, actor, field, old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void write(int chunk) throws SQLException {
            Random random = new Random(mix(settings.seed() ^ (0x5DEECE66DL * (chunk + 1L))));
            int ptIndex = programmingBefore[chunk];
            long from = (long) chunk * CHUNK;
            long to = Math.min(from + CHUNK, settings.tickets());
            int linkCount = 0;
            for (long i = from; i < to; i++) {
                Ticket t = new Ticket(i, random);
                if (escalated(i)) {
                    t.escalate(ptIndex++);
                    linkCount++;
                }
                t.write();
            }
            // Parents before children, for the foreign keys.
            programming.executeBatch();
            service.executeBatch();
            link.executeBatch();
            comments.addAndGet(count(comment.executeBatch()));
            timeEntries.addAndGet(count(time.executeBatch()));
            auditEvents.addAndGet(count(audit.executeBatch()));
            connection.commit();
            links.addAndGet(linkCount);
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : new PreparedStatement[] {service, programming, link, comment, time, audit}) {
                s.close();
            }
        }

        /** One service ticket's life, drawn step by step and written as it goes. */
        private final class Ticket {

            final long index;
            final Random random;
            final long id;
            final String number;
            final int customer;
            final Long contactId;
            final String contactName;
            final String channel;
            final String kind;
            final int severity;
            final boolean itCustomer;
            final long opened;
            final String openedBy;
            final String operator;
            long lastAt;
            String lastBy;
            int events;
            int auditSlot;
            int commentSlot;
            int timeSlot;
            String state = "NEW";
            // The programming ticket, when escalated.
            long ptId = -1;
            String ptNumber;

            Ticket(long index, Random random) {
                this.index = index;
                this.random = random;
                this.id = serviceBase + index;
                this.opened = openedAt(index, random.nextDouble());
                this.number = ticketNumber("HD", year(opened), serviceNumberBase + index);
                // Skewed: a few customers call a lot, most call now and then.
                this.customer = (int) Math.min(settings.customers() - 1,
                        (long) (settings.customers() * Math.pow(random.nextDouble(), 1.6)));
                int contact = random.nextInt(100) < 85 ? random.nextInt(contactCount[customer]) : -1;
                this.contactId = contact < 0 ? null : contactFirst[customer] + contact;
                this.contactName = contact < 0 ? "Customer's office" : contactNames[customer][contact];
                this.channel = CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
                this.kind = escalated(index) ? "SOFTWARE_BUG" : KINDS[weighted(random, KIND_WEIGHTS)];
                this.severity = weighted(random, SEVERITY_WEIGHTS);
                this.itCustomer = italian[customer];
                this.openedBy = pick(random, OPERATORS);
                this.operator = random.nextInt(100) < 70 ? openedBy : pick(random, OPERATORS);
            }

            void escalate(int ptIndex) {
                ptId = programmingBase + ptIndex;
                // Escalations happen after the opening: the number's year follows the opening too.
                ptNumber = ticketNumber("PR", year(opened), programmingNumberBase + ptIndex);
            }

            void write() throws SQLException {
                long now = settings.until().getEpochSecond() * 1_000_000L;
                long age = now - opened;
                String subject = String.format(Locale.ROOT, SUBJECTS[random.nextInt(SUBJECTS.length)][itCustomer ? 1 : 0],
                        100 + random.nextInt(9900));
                String description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
                String target = targetState(age);

                // Durations of the steps, in microseconds, squeezed to fit before `until` when needed.
                long minute = 60_000_000L;
                long take = (long) (TAKE_CHARGE_MINUTES[severity] * minute * (0.2 + 1.3 * random.nextDouble()));
                long feedback = (long) (minute * (5 + 120 * random.nextDouble()));
                long work = (long) (RESOLUTION_MINUTES[severity] * minute * (0.1 + random.nextDouble()));
                long verify = (long) (minute * (60 + 2880 * random.nextDouble()));
                long close = (long) (minute * (30 + 1440 * random.nextDouble()));
                long total = take + feedback + work + verify + close;
                double fit = total > age * 0.9 ? age * 0.9 / total : 1.0;
                long tTake = opened + (long) (take * fit);
                long tFeedback = tTake + (long) (feedback * fit);
                long tResolved = tFeedback + (long) (work * fit);
                long tVerified = tResolved + (long) (verify * fit);
                long tClosed = tVerified + (long) (close * fit);

                event(opened, openedBy, "created", null, "NEW", subject);
                Long takenAt = null;
                Long feedbackAt = null;
                Long resolvedAt = null;
                Long closedAt = null;
                String assigned = null;
                int minutes = 0;
                if (!target.equals("NEW")) {
                    takenAt = tTake;
                    assigned = operator;
                    event(tTake, operator, "assignee", null, operator, null);
                    state(tTake, operator, "TAKEN_IN_CHARGE", null);
                    feedbackAt = tFeedback;
                    serviceComment(tFeedback, operator, "CUSTOMER");
                    minutes += serviceTime(tFeedback + (long) (minute * fit), operator);
                } else {
                    serviceComment(opened + (now - opened) / 3, openedBy, "INTERNAL");
                    minutes += serviceTime(opened + (now - opened) / 2, openedBy);
                }
                if (ptId >= 0) {
                    long escalatedAt = tFeedback + (long) (2 * minute * fit);
                    boolean closedProgramming = !target.equals("IN_PROGRAMMING");
                    writeProgramming(escalatedAt, tResolved, closedProgramming, subject);
                    event(escalatedAt, operator, "link", null, ptNumber, "escalated");
                    state(escalatedAt, operator, "IN_PROGRAMMING", null);
                    if (closedProgramming) {
                        resolvedAt = tResolved;
                        state(tResolved, lastProgrammer, "AWAITING_VERIFICATION",
                                "Programming ticket " + ptNumber + " closed.");
                    }
                } else if (!target.equals("NEW") && !target.equals("TAKEN_IN_CHARGE")) {
                    resolvedAt = tResolved;
                    if (random.nextBoolean()) {
                        minutes += serviceTime(tResolved - (long) (minute * fit), operator);
                    }
                    state(tResolved, operator, "AWAITING_VERIFICATION", null);
                }
                if (target.equals("VERIFIED") || target.equals("CLOSED")) {
                    event(tVerified, operator, "verification", null, "CONFIRMED",
                            random.nextBoolean() ? "Works, confirmed by " + contactName : null);
                    state(tVerified, operator, "VERIFIED", null);
                }
                if (random.nextInt(3) == 0 && !target.equals("NEW")) {
                    serviceComment(tTake + (long) (3 * minute * fit), operator, "INTERNAL");
                }
                String closureChannel = null;
                if (target.equals("CLOSED")) {
                    if (random.nextInt(3) == 0) {
                        minutes += serviceTime(tClosed - (long) (minute * fit), operator);
                    }
                    closedAt = tClosed;
                    closureChannel = CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
                    event(tClosed, operator, "closure", null, contactName + " via " + closureChannel,
                            minutes + " minutes recorded");
                    state(tClosed, operator, "CLOSED", null);
                }

                service.setLong(1, id);
                service.setLong(2, events);
                service.setString(3, number);
                service.setLong(4, customerBase + customer);
                setLong(service, 5, contactId);
                service.setString(6, channel);
                service.setString(7, kind);
                service.setString(8, SEVERITIES[severity]);
                service.setString(9, subject);
                service.setString(10, description);
                service.setString(11, state);
                service.setString(12, assigned);
                setTime(service, 13, opened);
                service.setString(14, openedBy);
                setTime(service, 15, takenAt);
                setTime(service, 16, feedbackAt);
                setTime(service, 17, resolvedAt);
                service.setString(18, closedAt == null ? null : contactName);
                service.setString(19, closureChannel);
                setTime(service, 20, closedAt);
                service.setString(21, closedAt == null ? null : operator);
                setTime(service, 22, lastAt);
                service.setString(23, lastBy);
                service.addBatch();
                if (ptId >= 0) {
                    link.setLong(1, id);
                    link.setLong(2, ptId);
                    link.addBatch();
                }
            }

            String lastProgrammer;

            /** The escalation: open at {@code at}, closed at {@code closeAt} when {@code closed}. */
            private void writeProgramming(long at, long closeAt, boolean closed, String subject) throws SQLException {
                String urgency = SEVERITIES[severity];
                String programmer = pick(random, PROGRAMMERS);
                lastProgrammer = programmer;
                List<Object[]> ptEvents = new ArrayList<>();
                ptEvents.add(new Object[] {at, operator, "created", null, "OPEN", subject});
                String ptState = "OPEN";
                String assignedProgrammer = null;
                LocalDate plannedDate = null;
                String plannedRelease = null;
                Long fixReadyAt = null;
                String updateVersion = null;
                LocalDate updateSentOn = null;
                String updateMeans = null;
                Long ptClosedAt = null;
                long span = Math.max(4, closeAt - at);
                // How far it got: all the way when closed, otherwise a state drawn among the open ones.
                int stage = closed ? 4 : random.nextInt(4); // 0 open, 1 scheduled, 2 in progress, 3 fix ready
                if (stage == 1 && urgency.equals("HIGH")) {
                    stage = 2;
                }
                long tSchedule = at + span / 4;
                long tStart = at + span / 2;
                long tFix = at + span * 3 / 4;
                if (stage >= 1 && !urgency.equals("HIGH") && (stage == 1 || random.nextBoolean())) {
                    plannedDate = LocalDate.ofInstant(Instant.ofEpochSecond(tStart / 1_000_000L), ZoneOffset.UTC);
                    plannedRelease = "R" + (20 + random.nextInt(10)) + "." + random.nextInt(12);
                    ptEvents.add(new Object[] {tSchedule, "manager", "schedule", null,
                        plannedDate + " / " + plannedRelease, null});
                    ptEvents.add(new Object[] {tSchedule, "manager", "state", ptState, "SCHEDULED", null});
                    ptState = "SCHEDULED";
                }
                if (stage >= 2) {
                    assignedProgrammer = programmer;
                    ptEvents.add(new Object[] {tStart, programmer, "assignee", null, programmer, null});
                    ptEvents.add(new Object[] {tStart, programmer, "state", ptState, "IN_PROGRESS", null});
                    ptState = "IN_PROGRESS";
                }
                if (stage >= 3) {
                    fixReadyAt = tFix;
                    ptEvents.add(new Object[] {tFix, programmer, "state", ptState, "FIX_READY", null});
                    ptState = "FIX_READY";
                }
                if (stage >= 4) {
                    updateVersion = "R" + (20 + random.nextInt(10)) + "." + random.nextInt(12) + "." + random.nextInt(9);
                    updateSentOn = LocalDate.ofInstant(Instant.ofEpochSecond(closeAt / 1_000_000L), ZoneOffset.UTC);
                    updateMeans = random.nextBoolean() ? "download link" : "remote install";
                    ptClosedAt = closeAt;
                    ptEvents.add(new Object[] {closeAt, programmer, "update", null,
                        updateVersion + " sent on " + updateSentOn + " by " + updateMeans, null});
                    ptEvents.add(new Object[] {closeAt, programmer, "state", ptState, "CLOSED", null});
                    ptState = "CLOSED";
                }
                long workAt = stage >= 2 ? tStart + (tFix - tStart) / 2 : at + span / 8;
                int minutes = 30 + random.nextInt(8) * 30;
                if (stage >= 2) {
                    time.setLong(1, timeBase + index * TIME_SLOTS + 3);
                    time.setNull(2, Types.BIGINT);
                    time.setLong(3, ptId);
                    time.setString(4, programmer);
                    time.setObject(5, LocalDate.ofInstant(Instant.ofEpochSecond(workAt / 1_000_000L), ZoneOffset.UTC));
                    time.setInt(6, minutes);
                    time.setString(7, "Analysis and fix");
                    time.setString(8, "PROGRAMMING");
                    setTime(time, 9, workAt);
                    time.setString(10, programmer);
                    time.addBatch();
                    ptEvents.add(new Object[] {workAt, programmer, "time", null, String.valueOf(minutes),
                        "Analysis and fix"});
                }
                comment.setLong(1, commentBase + index * COMMENT_SLOTS + 3);
                comment.setNull(2, Types.BIGINT);
                comment.setLong(3, ptId);
                comment.setString(4, "INTERNAL");
                comment.setString(5, "Reproduced on the test system; see the customer's log files.");
                comment.setString(6, programmer);
                setTime(comment, 7, at + span / 8);
                comment.addBatch();
                ptEvents.add(new Object[] {at + span / 8, programmer, "comment", null, "INTERNAL",
                    "Reproduced on the test system; see the customer's log files."});

                long last = at;
                String lastActor = operator;
                for (Object[] e : ptEvents) {
                    long eventAt = (Long) e[0];
                    if (eventAt >= last) {
                        last = eventAt;
                        lastActor = (String) e[1];
                    }
                    writeAudit("PROGRAMMING", ptId, ptNumber, eventAt, (String) e[1], (String) e[2], (String) e[3],
                            (String) e[4], (String) e[5]);
                }
                programming.setLong(1, ptId);
                programming.setLong(2, ptEvents.size() - 1);
                programming.setString(3, ptNumber);
                programming.setString(4, urgency);
                programming.setString(5, subject);
                programming.setString(6, "Escalated from " + number + ". " + DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]);
                programming.setString(7, ptState);
                programming.setString(8, assignedProgrammer);
                programming.setObject(9, plannedDate);
                programming.setString(10, plannedRelease);
                setTime(programming, 11, at);
                programming.setString(12, operator);
                setTime(programming, 13, fixReadyAt);
                programming.setString(14, updateVersion);
                programming.setObject(15, updateSentOn);
                programming.setString(16, updateMeans);
                setTime(programming, 17, ptClosedAt);
                setTime(programming, 18, last);
                programming.setString(19, lastActor);
                programming.addBatch();
            }

            /** Chooses where the ticket is today: old tickets are mostly closed, recent ones still moving. */
            private String targetState(long age) {
                boolean recent = age < 30L * 86_400_000_000L;
                int p = random.nextInt(1000);
                if (ptId >= 0) {
                    if (recent) {
                        return p < 350 ? "IN_PROGRAMMING" : p < 550 ? "AWAITING_VERIFICATION" : p < 700 ? "VERIFIED"
                                : "CLOSED";
                    }
                    return p < 40 ? "IN_PROGRAMMING" : p < 70 ? "AWAITING_VERIFICATION" : p < 100 ? "VERIFIED"
                            : "CLOSED";
                }
                if (recent) {
                    return p < 100 ? "NEW" : p < 300 ? "TAKEN_IN_CHARGE" : p < 450 ? "AWAITING_VERIFICATION"
                            : p < 600 ? "VERIFIED" : "CLOSED";
                }
                return p < 5 ? "NEW" : p < 15 ? "TAKEN_IN_CHARGE" : p < 35 ? "AWAITING_VERIFICATION" : p < 65 ? "VERIFIED"
                        : "CLOSED";
            }

            private void state(long at, String by, String newState, String note) throws SQLException {
                event(at, by, "state", state, newState, note);
                state = newState;
            }

            private void event(long at, String by, String field, String oldValue, String newValue, String note)
                    throws SQLException {
                if (at >= lastAt) {
                    lastAt = at;
                    lastBy = by;
                }
                events++;
                writeAudit("SERVICE", id, number, at, by, field, oldValue, newValue, note);
            }

            private void writeAudit(String type, long ticketId, String ticketNumber, long at, String by, String field,
                    String oldValue, String newValue, String note) throws SQLException {
                if (auditSlot == AUDIT_SLOTS) {
                    throw new IllegalStateException("more than " + AUDIT_SLOTS + " audit events for " + number);
                }
                audit.setLong(1, auditBase + index * AUDIT_SLOTS + auditSlot++);
                audit.setString(2, type);
                audit.setLong(3, ticketId);
                audit.setString(4, ticketNumber);
                setTime(audit, 5, at);
                audit.setString(6, by);
                audit.setString(7, field);
                audit.setString(8, oldValue);
                audit.setString(9, newValue);
                audit.setString(10, note);
                audit.addBatch();
            }

            private void serviceComment(long at, String by, String visibility) throws SQLException {
                if (commentSlot == 3) {
                    return;
                }
                String text = COMMENTS[random.nextInt(COMMENTS.length)];
                comment.setLong(1, commentBase + index * COMMENT_SLOTS + commentSlot++);
                comment.setLong(2, id);
                comment.setNull(3, Types.BIGINT);
                comment.setString(4, visibility);
                comment.setString(5, text);
                comment.setString(6, by);
                setTime(comment, 7, at);
                comment.addBatch();
                event(at, by, "comment", null, visibility, text);
            }

            /** @return the minutes recorded */
            private int serviceTime(long at, String by) throws SQLException {
                if (timeSlot == 3) {
                    return 0;
                }
                int minutes = 5 + random.nextInt(24) * 5;
                String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                time.setLong(1, timeBase + index * TIME_SLOTS + timeSlot++);
                time.setLong(2, id);
                time.setNull(3, Types.BIGINT);
                time.setString(4, by);
                time.setObject(5, LocalDate.ofInstant(Instant.ofEpochSecond(at / 1_000_000L), ZoneOffset.UTC));
                time.setInt(6, minutes);
                time.setString(7, activity);
                time.setString(8, "HELP_DESK");
                setTime(time, 9, at);
                time.setString(10, by);
                time.addBatch();
                event(at, by, "time", null, String.valueOf(minutes), activity);
                return minutes;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    static String ticketNumber(String prefix, int year, long value) {
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, year, value);
    }

    private static int year(long epochMicros) {
        return Instant.ofEpochSecond(epochMicros / 1_000_000L).atOffset(ZoneOffset.UTC).getYear();
    }

    private static void setTime(PreparedStatement s, int index, Long epochMicros) throws SQLException {
        if (epochMicros == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochMicros / 1_000_000L,
                    (epochMicros % 1_000_000L) * 1000L), ZoneOffset.UTC));
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long count(int[] updateCounts) {
        // With reWriteBatchedInserts the driver reports SUCCESS_NO_INFO (-2) per row: count the rows batched.
        return updateCounts.length;
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
