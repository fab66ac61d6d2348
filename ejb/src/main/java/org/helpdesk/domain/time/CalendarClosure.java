package org.helpdesk.domain.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link ClosedDays} the administrator added (by hand or from a calendar file), with who added them and when. Never
 * edited: removed and added again. No two have the same first and last day.
 */
@Entity
@Table(name = "calendar_closure")
public class CalendarClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_closure_seq")
    @SequenceGenerator(name = "calendar_closure_seq", sequenceName = "calendar_closure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(nullable = false, updatable = false, length = 200)
    private String name;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected CalendarClosure() {
        // for JPA
    }

    /**
     * @param by who added them
     * @param at when
     */
    public CalendarClosure(ClosedDays days, String by, Instant at) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("The acting user is required.");
        }
        this.firstDay = days.first();
        this.lastDay = days.last();
        this.name = days.name();
        this.addedBy = by.strip();
        this.addedAt = Objects.requireNonNull(at, "at");
    }

    /** @return the days as the calendar counts them */
    public ClosedDays days() {
        return new ClosedDays(firstDay, lastDay, name);
    }

    /** @return whether these are the same days as {@code days}, whatever their names */
    public boolean sameDaysAs(ClosedDays days) {
        return firstDay.equals(days.first()) && lastDay.equals(days.last());
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getName() {
        return name;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
