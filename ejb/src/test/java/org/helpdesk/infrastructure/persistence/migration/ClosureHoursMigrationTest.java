package org.helpdesk.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V74 on a database at the version before holding time entries dated by earlier versions, as Flyway applies it at deployment: on H2
 * in memory always, and on PostgreSQL too when {@code -Dhelpdesk.test.pg.migration.url=jdbc:postgresql://…/<db>}
 * names a database it may empty (its schema {@code public} is dropped and created again; user and password
 * {@code postgres}).
 */
class ClosureHoursMigrationTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String PG_URL = System.getProperty("helpdesk.test.pg.migration.url", "");
    private static final String CLOSURE = "Hours agreed at closure with Mario Rossi";

    static List<String> databases() {
        List<String> urls = new ArrayList<>();
        urls.add("jdbc:h2:mem:v74-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (!PG_URL.isBlank()) {
            urls.add(PG_URL);
        }
        return urls;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void hoursAgreedAtAClosureJustAfterTheHelpDesksMidnightMoveToItsDayUnlessAMonthIsClosed(String url)
            throws SQLException {
        Flyway flyway = beforeV74(url, ROME);
        try (Connection c = connect(url)) {
            insertClosedTicket(c, 1);
            closeMonth(c, "2027-01");
            closeMonth(c, "2026-12");
            // 1 April 2027 00:30 in Rome, 31 March in UTC: April's hours, dated March 31.
            entry(c, 10, LocalDate.parse("2027-03-31"), CLOSURE, "2027-03-31T22:30:00Z", null);
            // Its reversal, dated with the entry's date.
            entry(c, 11, LocalDate.parse("2027-03-31"), "Reversal of #10: wrong ticket", "2027-04-02T09:00:00Z", 10L);
            // 31 March 23:30 in Rome: the same day in both zones.
            entry(c, 12, LocalDate.parse("2027-03-31"), CLOSURE, "2027-03-31T21:30:00Z", null);
            // 1 February 00:30 in Rome, dated January 31, and January is closed: left, with its reversal.
            entry(c, 13, LocalDate.parse("2027-01-31"), CLOSURE, "2027-01-31T23:30:00Z", null);
            entry(c, 14, LocalDate.parse("2027-01-31"), "Reversal of #13: wrong ticket", "2027-01-31T23:40:00Z", 13L);
            // 1 December 2026 00:30 in Rome, dated November 30, and December is closed: left.
            entry(c, 15, LocalDate.parse("2026-11-30"), CLOSURE, "2026-11-30T23:30:00Z", null);
            // Time logged by hand just after midnight, for the day before: the operator's choice, kept.
            entry(c, 16, LocalDate.parse("2027-03-31"), "Analysis", "2027-03-31T22:40:00Z", null);
            // Dated on the help desk's day already (as this version dates them).
            entry(c, 17, LocalDate.parse("2027-04-01"), CLOSURE, "2027-03-31T22:50:00Z", null);
            // A reversal dated "today" in UTC (its entry's month, January, is closed): 1 May 00:15 in Rome.
            entry(c, 18, LocalDate.parse("2027-01-15"), "Analysis", "2027-01-15T10:00:00Z", null);
            entry(c, 19, LocalDate.parse("2027-04-30"), "Reversal of #18: not our hardware", "2027-04-30T22:15:00Z",
                    18L);
        }

        flyway.migrate();

        assertTrue(flyway.info().current().getVersion().isAtLeast("74"), "V74 applied");
        try (Connection c = connect(url)) {
            Map<Long, String> dates = workDates(c);
            assertEquals("2027-04-01", dates.get(10L), "April's hours");
            assertEquals("2027-04-01", dates.get(11L), "the reversal stays with its entry");
            assertEquals("2027-03-31", dates.get(12L));
            assertEquals("2027-01-31", dates.get(13L), "January is closed");
            assertEquals("2027-01-31", dates.get(14L), "January is closed");
            assertEquals("2026-11-30", dates.get(15L), "December is closed");
            assertEquals("2027-03-31", dates.get(16L));
            assertEquals("2027-04-01", dates.get(17L));
            assertEquals("2027-01-15", dates.get(18L));
            assertEquals("2027-05-01", dates.get(19L), "the reversal is dated today in Rome");
            assertEquals(List.of("60", "-60", "60", "60", "-60", "60", "60", "60", "60", "-60"), minutes(c),
                    "no minutes change");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aHelpDeskOnUtcHasNothingToMove(String url) throws SQLException {
        beforeV74(url, ZoneOffset.UTC);
        try (Connection c = connect(url)) {
            insertClosedTicket(c, 1);
            entry(c, 10, LocalDate.parse("2027-03-31"), CLOSURE, "2027-03-31T22:30:00Z", null);

            V74__Help_desk_day_for_closure_hours.Outcome outcome = new V74__Help_desk_day_for_closure_hours(
                    ZoneOffset.UTC).migrate(c);

            assertTrue(outcome.moved().isEmpty() && outcome.left().isEmpty(), outcome.toString());
            assertEquals("2027-03-31", workDates(c).get(10L));
        }
    }

    /** A new database at the version before this migration; @return its Flyway, to migrate on. */
    private static Flyway beforeV74(String url, ZoneId zone) throws SQLException {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (postgres) {
            try (Connection c = connect(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        }
        var configuration = Flyway.configure().dataSource(url, user(url), user(url))
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .javaMigrations(new V74__Help_desk_day_for_closure_hours(zone));
        // The last migration before V74: V73 is PostgreSQL's only.
        Flyway.configure().configuration(configuration).target(MigrationVersion.fromVersion(postgres ? "73" : "72"))
                .load().migrate();
        return configuration.load();
    }

    private static String user(String url) {
        return url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(url), user(url));
    }

    private static void insertClosedTicket(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customer (id, version, code, name, active) VALUES (1, 0, 'ROSSI',"
                    + " 'Rossi Meccanica', TRUE)");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO service_ticket (id, version, number, customer_id,"
                + " channel, kind, severity, subject, description, state, assigned_operator, opened_at, opened_by,"
                + " closure_agreed_with, closure_channel, closed_at, closed_by, last_modified_at, last_modified_by,"
                + " reopen_count) VALUES (?, 0, 'HD-2027-000001', 1, 'PHONE', 'HARDWARE', 'LOW', 'Printer',"
                + " 'Jammed', 'CLOSED', 'luca', ?, 'luca', 'Mario Rossi', 'PHONE', ?, 'luca', ?, 'luca', 0)")) {
            OffsetDateTime at = OffsetDateTime.parse("2027-01-10T09:00:00Z");
            s.setLong(1, id);
            s.setObject(2, at);
            s.setObject(3, at);
            s.setObject(4, at);
            s.executeUpdate();
        }
    }

    private static void closeMonth(Connection c, String month) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO month_close (closed_month, closed_at, closed_by) VALUES (?, ?, 'admin')")) {
            s.setString(1, month);
            s.setObject(2, OffsetDateTime.parse("2027-04-20T10:00:00Z"));
            s.executeUpdate();
        }
    }

    private static void entry(Connection c, long id, LocalDate workDate, String activity, String recordedAt,
            Long reverses) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO time_entry (id, service_ticket_id, staff_username,"
                + " work_date, minutes, activity, level, recorded_at, recorded_by, reverses_id)"
                + " VALUES (?, 1, 'luca', ?, ?, ?, 'HELP_DESK', ?, 'luca', ?)")) {
            s.setLong(1, id);
            s.setObject(2, workDate);
            s.setInt(3, reverses == null ? 60 : -60);
            s.setString(4, activity);
            s.setObject(5, Instant.parse(recordedAt).atOffset(ZoneOffset.UTC));
            if (reverses == null) {
                s.setNull(6, Types.BIGINT);
            } else {
                s.setLong(6, reverses);
            }
            s.executeUpdate();
        }
    }

    private static Map<Long, String> workDates(Connection c) throws SQLException {
        Map<Long, String> dates = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, work_date FROM time_entry");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                dates.put(r.getLong(1), r.getObject(2, LocalDate.class).toString());
            }
        }
        return dates;
    }

    private static List<String> minutes(Connection c) throws SQLException {
        List<String> minutes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT minutes FROM time_entry ORDER BY id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                minutes.add(r.getString(1));
            }
        }
        return minutes;
    }
}
