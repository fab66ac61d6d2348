package org.helpdesk.domain.ticket;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Term;

/**
 * How long after the opening each {@link Milestone} is due, for one severity, counted by its {@link ClockMode}
 * (business hours or round the clock), and at what share of the target the operator is warned. There is one row per severity,
 * seeded with {@link #defaults}; an administrator may change them. The key is the severity's name, a string
 * because JPA does not promise enum primary keys: look one up with
 * {@code em.find(MilestoneTargets.class, severity.name())}. Every ticket view reads them, an administrator seldom
 * changes them: they live in the second-level cache, which Hibernate updates when they are changed.
 */
@Entity
@Cacheable
@Table(name = "milestone_target")
public class MilestoneTargets {

    @Id
    @Column(length = 16)
    private String severity;

    @Version
    private long version;

    @Column(name = "taking_charge_minutes", nullable = false)
    private int takingChargeMinutes;

    @Column(name = "first_feedback_minutes", nullable = false)
    private int firstFeedbackMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_mode", nullable = false, length = 16)
    private ClockMode clockMode;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    /** Who last changed them and when (null for targets never changed): a stale change of them names them. */
    @Column(name = "changed_by", length = ServiceTicket.USERNAME_MAX)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected MilestoneTargets() {
        // for JPA
    }

    public MilestoneTargets(Severity severity, int takingChargeMinutes, int firstFeedbackMinutes,
            int resolutionMinutes, ClockMode clockMode) {
        this.severity = Objects.requireNonNull(severity, "severity").name();
        set(takingChargeMinutes, firstFeedbackMinutes, resolutionMinutes);
        this.clockMode = Objects.requireNonNull(clockMode, "clock mode");
        this.warningPercent = DEFAULT_WARNING_PERCENT;
    }

    /** The share of a target at which the operator is warned, unless the administrator set another. */
    public static final int DEFAULT_WARNING_PERCENT = 80;

    /**
     * The targets the help desk starts with (the same rows the migrations leave): the more serious the problem, the
     * sooner. High counts round the clock (a blocked customer waits at night too); the others count business hours,
     * so a working day is 480 minutes with the default calendar (8 hours a day, Monday to Friday).
     */
    public static MilestoneTargets defaults(Severity severity) {
        return switch (Objects.requireNonNull(severity, "severity")) {
            case HIGH -> new MilestoneTargets(severity, 30, 60, 480, ClockMode.ROUND_THE_CLOCK);
            case AVERAGE -> new MilestoneTargets(severity, 120, 240, 1440, ClockMode.BUSINESS_HOURS);
            case LOW -> new MilestoneTargets(severity, 480, 960, 4800, ClockMode.BUSINESS_HOURS);
            case SECONDARY -> new MilestoneTargets(severity, 960, 1440, 9600, ClockMode.BUSINESS_HOURS);
        };
    }

    /**
     * Sets new targets, in minutes after the opening. The milestones are reached in order, so the targets must not
     * decrease from one to the next.
     *
     * @param by who changes them
     * @param at when
     */
    public void change(int takingChargeMinutes, int firstFeedbackMinutes, int resolutionMinutes, String by,
            Instant at) {
        String who = Require.actor(by);
        Require.at(at);
        set(takingChargeMinutes, firstFeedbackMinutes, resolutionMinutes);
        changedBy = who;
        changedAt = at;
    }

    /**
     * Sets new targets and how they count.
     *
     * @param mode how the clocks of this severity count from now on
     * @param warningPercent the share of a target (1–99) at which the operator is warned
     */
    public void change(int takingChargeMinutes, int firstFeedbackMinutes, int resolutionMinutes, ClockMode mode,
            int warningPercent, String by, Instant at) {
        Objects.requireNonNull(mode, "clock mode");
        if (warningPercent < 1 || warningPercent > 99) {
            throw new InvalidValueException("value.warningPercent",
                    "The warning comes at a share of the target between 1% and 99% (got {0}%).",
                    String.valueOf(warningPercent));
        }
        change(takingChargeMinutes, firstFeedbackMinutes, resolutionMinutes, by, at);
        clockMode = mode;
        this.warningPercent = warningPercent;
    }

    private void set(int takingChargeMinutes, int firstFeedbackMinutes, int resolutionMinutes) {
        positive(takingChargeMinutes, Milestone.TAKING_CHARGE);
        positive(firstFeedbackMinutes, Milestone.FIRST_FEEDBACK);
        positive(resolutionMinutes, Milestone.RESOLUTION);
        if (firstFeedbackMinutes < takingChargeMinutes || resolutionMinutes < firstFeedbackMinutes) {
            throw new InvalidValueException("value.targetsOutOfOrder", "The targets must follow the order of the"
                    + " milestones: taking charge ({0} min) no later than first feedback ({1} min), first feedback no"
                    + " later than resolution ({2} min).", String.valueOf(takingChargeMinutes),
                    String.valueOf(firstFeedbackMinutes), String.valueOf(resolutionMinutes));
        }
        this.takingChargeMinutes = takingChargeMinutes;
        this.firstFeedbackMinutes = firstFeedbackMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    private static void positive(int minutes, Milestone milestone) {
        if (minutes <= 0) {
            throw new InvalidValueException("value.targetNotPositive",
                    "The {0} target must be more than zero minutes (got {1}).", new Term("value.milestone."
                            + milestone.name(), milestone.label().toLowerCase(Locale.ROOT)), String.valueOf(minutes));
        }
    }

    /** @return how long after the opening the milestone is due */
    public Duration target(Milestone milestone) {
        return Duration.ofMinutes(switch (Objects.requireNonNull(milestone, "milestone")) {
            case TAKING_CHARGE -> takingChargeMinutes;
            case FIRST_FEEDBACK -> firstFeedbackMinutes;
            case RESOLUTION -> resolutionMinutes;
        });
    }

    public Severity getSeverity() {
        return Severity.valueOf(severity);
    }

    public long getVersion() {
        return version;
    }

    public int getTakingChargeMinutes() {
        return takingChargeMinutes;
    }

    public int getFirstFeedbackMinutes() {
        return firstFeedbackMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public ClockMode getClockMode() {
        return clockMode;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
