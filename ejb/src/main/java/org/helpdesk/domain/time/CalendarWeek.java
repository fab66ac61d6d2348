package org.helpdesk.domain.time;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * The help desk's working hours as the administrator set them: one row, in the text form of {@link WorkingWeek}.
 * Every ticket view reads it, an administrator seldom changes it: it lives in the second-level cache, which Hibernate
 * invalidates on every server of a cluster when it changes.
 *
 * <p>Two counters: {@code version} moves with each change of the hours (a change made on an older copy is refused
 * naming who changed them and when); {@code revision} moves with each change of the closed days too (written by the
 * database alone, {@link StoredCalendar#closedDaysChanged()}). Together they tell a server, from this one cached row,
 * whether the calendar it built earlier is still the one in force.
 */
@Entity
@Cacheable
@Table(name = "calendar_week")
public class CalendarWeek {

    /** The one row's key. */
    public static final long ID = 1;

    /** The longest text of a week, as stored. */
    static final int TEXT_MAX = 1000;

    @Id
    private long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, insertable = false)
    private long revision;

    @Column(name = "working_hours", nullable = false, length = TEXT_MAX)
    private String hours;

    /** Who last changed the hours and when (null for hours never changed): a stale change of them names them. */
    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected CalendarWeek() {
        // for JPA
    }

    private CalendarWeek(WorkingWeek week) {
        this.id = ID;
        this.hours = text(week);
    }

    /** The hours the help desk starts with (the row the migration inserts). */
    public static CalendarWeek defaults() {
        return new CalendarWeek(WorkingWeek.DEFAULT);
    }

    /** @return the working hours of each weekday */
    public WorkingWeek week() {
        return WorkingWeek.parse(hours);
    }

    /**
     * Sets new working hours.
     *
     * @param by who changes them
     * @param at when
     * @throws InvalidValueException if the week's text would be longer than the 1000 characters stored
     */
    public void change(WorkingWeek week, String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("The acting user is required.");
        }
        this.hours = text(Objects.requireNonNull(week, "week"));
        this.changedBy = by.strip();
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static String text(WorkingWeek week) {
        String text = week.toString();
        if (text.length() > TEXT_MAX) {
            throw InvalidValueException.tooLong("working week", TEXT_MAX, text.length());
        }
        return text;
    }

    public long getVersion() {
        return version;
    }

    /** @return a number that moves with every change of the hours or of the closed days */
    public long getRevision() {
        return revision;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
