package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * Time spent on a service ticket or a programming ticket (exactly one of the two). The hours-spent statements
 * auditors receive are sums of these rows, so entries are append-only: a mistake is corrected by a
 * {@linkplain #reversal reversing entry} with the opposite minutes, and both stay visible.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    public static final int ACTIVITY_MAX = 500;
    /** No single entry covers more than a day. */
    public static final int MINUTES_MAX = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_entry_seq")
    @SequenceGenerator(name = "time_entry_seq", sequenceName = "time_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_ticket_id", updatable = false)
    private ServiceTicket serviceTicket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programming_ticket_id", updatable = false)
    private ProgrammingTicket programmingTicket;

    @Column(name = "staff_username", nullable = false, updatable = false, length = ServiceTicket.USERNAME_MAX)
    private String staffUsername;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(nullable = false, updatable = false, length = ACTIVITY_MAX)
    private String activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private WorkLevel level;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = ServiceTicket.USERNAME_MAX)
    private String recordedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private TimeEntry reverses;

    protected TimeEntry() {
        // for JPA
    }

    private TimeEntry(ServiceTicket serviceTicket, ProgrammingTicket programmingTicket, String staffUsername,
            LocalDate workDate, int minutes, String activity, WorkLevel level, String recordedBy, Instant recordedAt,
            TimeEntry reverses) {
        this.serviceTicket = serviceTicket;
        this.programmingTicket = programmingTicket;
        this.staffUsername = Require.text(staffUsername, "staff member", ServiceTicket.USERNAME_MAX);
        this.workDate = Require.value(workDate, "work date");
        this.minutes = minutes;
        this.activity = Require.text(activity, "activity", ACTIVITY_MAX);
        this.level = Require.value(level, "work level");
        this.recordedBy = Require.actor(recordedBy);
        this.recordedAt = Require.at(recordedAt);
        this.reverses = reverses;
    }

    private static int validMinutes(int minutes) {
        if (minutes <= 0) {
            throw new InvalidValueException("value.minutesNotPositive",
                    "The minutes spent must be more than zero (got {0}); to correct an entry, reverse it.",
                    String.valueOf(minutes));
        }
        if (minutes > MINUTES_MAX) {
            throw new InvalidValueException("value.minutesOverADay",
                    "One entry can be at most {0} minutes (24 hours), not {1}.", String.valueOf(MINUTES_MAX),
                    String.valueOf(minutes));
        }
        return minutes;
    }

    static TimeEntry onServiceTicket(ServiceTicket ticket, LocalDate workDate, int minutes, String activity,
            WorkLevel level, String by, Instant at) {
        return new TimeEntry(Require.value(ticket, "service ticket"), null, by, workDate, validMinutes(minutes),
                activity, level, by, at, null);
    }

    static TimeEntry onProgrammingTicket(ProgrammingTicket ticket, LocalDate workDate, int minutes, String activity,
            WorkLevel level, String by, Instant at) {
        return new TimeEntry(null, Require.value(ticket, "programming ticket"), by, workDate, validMinutes(minutes),
                activity, level, by, at, null);
    }

    /**
     * Creates the entry that cancels this one: same ticket, staff member, work date and level, opposite minutes.
     * The caller persists it. Whether an entry was already reversed is for the caller to check, with a query.
     *
     * <p>The ticket must still allow logging time: the hours of a closed ticket were agreed with the customer, so
     * they are corrected after reopening it.
     *
     * @param reason why the entry is wrong, kept in the reversal's activity
     * @throws IllegalTransitionException if the ticket does not allow logging time now (it is closed)
     * @throws TicketRuleException if this entry is itself a reversal
     * @throws IllegalStateException if this entry has not been saved yet, so has no number to refer to
     */
    public TimeEntry reversal(String reason, String by, Instant at) {
        return reversal(reason, by, at, workDate);
    }

    /**
     * As {@link #reversal(String, String, Instant)}, dated {@code onDate}: the correction of an entry whose month is
     * closed goes into an open month.
     */
    public TimeEntry reversal(String reason, String by, Instant at, LocalDate onDate) {
        if (isReversal()) {
            throw new TicketRuleException("rule.reversalOfReversal",
                    "Entry #{0} is a reversal and cannot be reversed: record the time again as a new entry.",
                    String.valueOf(id));
        }
        if (id == null) {
            throw new IllegalStateException("Only a saved time entry can be reversed.");
        }
        if (serviceTicket != null) {
            serviceTicket.checkAllowed(ServiceTicket.Action.LOG_TIME);
        } else {
            programmingTicket.checkAllowed(ProgrammingTicket.Action.LOG_TIME);
        }
        String validReason = Require.text(reason, "reason for the reversal");
        String text = "Reversal of entry #" + id + ": " + validReason;
        if (text.length() > ACTIVITY_MAX) {
            throw new InvalidValueException("value.reversalReasonTooLong",
                    "The reason for the reversal can be at most {0} characters long.",
                    String.valueOf(ACTIVITY_MAX - (text.length() - validReason.length())));
        }
        return new TimeEntry(serviceTicket, programmingTicket, staffUsername, onDate, -minutes, text, level, by,
                at, this);
    }

    /** @return whether this entry cancels another one (its minutes are negative) */
    public boolean isReversal() {
        return reverses != null;
    }

    public Long getId() {
        return id;
    }

    /** @return the service ticket the time was spent on, or null for a programming ticket */
    public ServiceTicket getServiceTicket() {
        return serviceTicket;
    }

    /** @return the programming ticket the time was spent on, or null for a service ticket */
    public ProgrammingTicket getProgrammingTicket() {
        return programmingTicket;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    /** @return the minutes spent, negative for a reversal */
    public int getMinutes() {
        return minutes;
    }

    public String getActivity() {
        return activity;
    }

    public WorkLevel getLevel() {
        return level;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** @return the entry this one cancels, or null */
    public TimeEntry getReverses() {
        return reverses;
    }
}
