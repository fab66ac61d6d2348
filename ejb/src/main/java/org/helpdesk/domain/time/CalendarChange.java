package org.helpdesk.domain.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of the calendar, as the administrator made it: who, when, what, the value before and after. The working
 * week's values are its text ({@code MON 09:00-13:00 14:00-18:00; ...}); closed days are written
 * {@code 2031-08-11..2031-08-22 Summer closure} (one date for a single day). Never changed or deleted.
 */
@Entity
@Table(name = "calendar_change")
public class CalendarChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_change_seq")
    @SequenceGenerator(name = "calendar_change_seq", sequenceName = "calendar_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private CalendarChangeKind kind;

    @Column(name = "old_value", updatable = false, length = 1000)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = 1000)
    private String newValue;

    protected CalendarChange() {
        // for JPA
    }

    private CalendarChange(CalendarChangeKind kind, String oldValue, String newValue, String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("The acting user is required.");
        }
        this.kind = kind;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.by = by.strip();
        this.at = Objects.requireNonNull(at, "at");
    }

    public static CalendarChange week(WorkingWeek before, WorkingWeek after, String by, Instant at) {
        return new CalendarChange(CalendarChangeKind.WORKING_WEEK, before.toString(), after.toString(), by, at);
    }

    /** @param imported whether they came from a calendar file */
    public static CalendarChange added(ClosedDays days, boolean imported, String by, Instant at) {
        return new CalendarChange(imported ? CalendarChangeKind.CLOSED_DAYS_IMPORTED
                : CalendarChangeKind.CLOSED_DAYS_ADDED, null, text(days), by, at);
    }

    public static CalendarChange removed(ClosedDays days, String by, Instant at) {
        return new CalendarChange(CalendarChangeKind.CLOSED_DAYS_REMOVED, text(days), null, by, at);
    }

    /** {@code 2031-08-11..2031-08-22 Summer closure}, or {@code 2031-10-04 Patron saint} for a single day. */
    static String text(ClosedDays days) {
        return (days.first().equals(days.last()) ? days.first().toString() : days.first() + ".." + days.last())
                + " " + days.name();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public CalendarChangeKind getKind() {
        return kind;
    }

    /** @return the value before the change; null for closed days added */
    public String getOldValue() {
        return oldValue;
    }

    /** @return the value after the change; null for closed days removed */
    public String getNewValue() {
        return newValue;
    }
}
