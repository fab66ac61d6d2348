package org.helpdesk.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * Dates on the help desk's day the time entries that earlier versions dated on UTC's day. Two kinds were:
 * <ul>
 * <li>the hours agreed at a closure (activity {@value #CLOSURE_ACTIVITY}), dated with the day in UTC when the closure
 * was agreed: a closure in the first hour or two after the help desk's midnight (Rome) carries the day before;</li>
 * <li>the reversal of an entry whose month was closed, dated "today" in UTC when it was recorded.</li>
 * </ul>
 * An entry of either kind is recognised by its work date being UTC's day of the instant it was recorded, and moved to
 * the help desk's day of that instant ({@link HelpDeskCalendar#ZONE}, read at migration) where the two differ. The
 * reversal of a moved closure entry that carries that entry's date (it was copied from it) moves with it, so that an
 * entry and its reversal stay on one day. Nothing in a closed month moves: an entry whose month, before or after, is
 * closed keeps its date (a closed month's statements are signed off), as do its reversals; they are counted in the
 * log. Issued statements, archived reports and ticket numbers are not touched. Every entry moved or left is listed
 * in the server log.
 */
public class V74__Help_desk_day_for_closure_hours extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V74__Help_desk_day_for_closure_hours.class.getName());

    /** The activity of the hours agreed at a closure ({@code ServiceTicket.agreeClosure}), as a LIKE pattern. */
    static final String CLOSURE_ACTIVITY = "Hours agreed at closure with %";

    /** At most this many entries are listed by id in each of the log's lines. */
    private static final int LISTED = 500;

    private static final String CLOSURE_ENTRIES = "SELECT id, work_date, recorded_at FROM time_entry"
            + " WHERE reverses_id IS NULL AND service_ticket_id IS NOT NULL AND level = 'HELP_DESK'"
            + " AND activity LIKE ? ORDER BY id";

    private static final String REVERSALS = "SELECT r.id, r.work_date, r.recorded_at, o.id, o.work_date"
            + " FROM time_entry r JOIN time_entry o ON o.id = r.reverses_id ORDER BY r.id";

    private final ZoneId zone;

    /** The migration Flyway applies: in the help desk's configured zone. */
    public V74__Help_desk_day_for_closure_hours() {
        this(HelpDeskCalendar.ZONE);
    }

    /** @param zone the help desk's time zone (tests) */
    V74__Help_desk_day_for_closure_hours(ZoneId zone) {
        this.zone = zone;
    }

    /** A time entry's work date before and on the help desk's day. */
    record Move(long entryId, LocalDate from, LocalDate to) {

        String moved() {
            return "#" + entryId + " " + from + " -> " + to;
        }

        String kept() {
            return "#" + entryId + " stays " + from + " (not " + to + ")";
        }
    }

    /** What the migration did: the entries moved, and those left on their date because a month is closed. */
    record Outcome(List<Move> moved, List<Move> left) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Outcome outcome = migrate(context.getConnection());
        LOG.info(() -> "Time entries dated on UTC's day by earlier versions: " + outcome.moved().size()
                + " moved to the help desk's day (" + zone.getId() + ")" + listed(outcome.moved(), Move::moved) + "; "
                + outcome.left().size() + " left on their date because the month is closed"
                + listed(outcome.left(), Move::kept) + ".");
    }

    Outcome migrate(Connection connection) throws SQLException {
        Set<String> closed = closedMonths(connection);
        Map<Long, Move> candidates = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(CLOSURE_ENTRIES)) {
            s.setString(1, CLOSURE_ACTIVITY);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    LocalDate workDate = r.getObject(2, LocalDate.class);
                    Instant recordedAt = r.getObject(3, OffsetDateTime.class).toInstant();
                    if (datedOnUtcDayOnly(workDate, recordedAt)) {
                        candidates.put(id, new Move(id, workDate, dayOf(recordedAt)));
                    }
                }
            }
        }
        List<Move> reversals = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(REVERSALS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                LocalDate workDate = r.getObject(2, LocalDate.class);
                Instant recordedAt = r.getObject(3, OffsetDateTime.class).toInstant();
                Move original = candidates.get(r.getLong(4));
                LocalDate originalDate = r.getObject(5, LocalDate.class);
                if (original != null && workDate.equals(original.from())) {
                    // Dated with its entry's date, which moves.
                    reversals.add(new Move(id, original.from(), original.to()));
                } else if (!workDate.equals(originalDate) && datedOnUtcDayOnly(workDate, recordedAt)) {
                    // Dated "today" in UTC, its entry's month being closed.
                    reversals.add(new Move(id, workDate, dayOf(recordedAt)));
                }
            }
        }
        List<Move> all = new ArrayList<>(candidates.values());
        all.addAll(reversals);
        List<Move> moved = new ArrayList<>();
        List<Move> left = new ArrayList<>();
        for (Move move : all) {
            if (closed.contains(key(move.from())) || closed.contains(key(move.to()))) {
                left.add(move);
            } else {
                moved.add(move);
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE time_entry SET work_date = ? WHERE id = ? AND work_date = ?")) {
            for (Move move : moved) {
                s.setObject(1, move.to());
                s.setLong(2, move.entryId());
                s.setObject(3, move.from());
                s.addBatch();
            }
            if (!moved.isEmpty()) {
                s.executeBatch();
            }
        }
        return new Outcome(moved, left);
    }

    /** @return whether {@code workDate} is UTC's day at {@code recordedAt} and not the help desk's */
    private boolean datedOnUtcDayOnly(LocalDate workDate, Instant recordedAt) {
        return workDate.equals(recordedAt.atZone(ZoneOffset.UTC).toLocalDate()) && !workDate.equals(dayOf(recordedAt));
    }

    private LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static Set<String> closedMonths(Connection connection) throws SQLException {
        Set<String> months = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT closed_month FROM month_close");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                months.add(r.getString(1));
            }
        }
        return months;
    }

    private static String key(LocalDate day) {
        return YearMonth.from(day).toString();
    }

    private static String listed(List<Move> moves, Function<Move, String> text) {
        if (moves.isEmpty()) {
            return "";
        }
        String list = moves.stream().limit(LISTED).map(text).collect(Collectors.joining(", "));
        return " (" + list + (moves.size() > LISTED ? ", and " + (moves.size() - LISTED) + " more" : "") + ")";
    }
}
