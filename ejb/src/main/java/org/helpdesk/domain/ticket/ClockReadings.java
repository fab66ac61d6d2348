package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A service ticket's milestone clocks as last computed ({@link MilestoneClocks}), kept on its row so that lists, home
 * queues, warnings, the dashboard and the monthly report read them instead of replaying every trail: the due times of
 * the milestones not yet reached whose clocks run, and the minutes counted to each milestone reached. They are
 * computed again whenever the ticket changes, and for every open ticket when the calendar or the targets change.
 */
@Embeddable
public class ClockReadings {

    @Column(name = "taking_charge_due_at")
    private Instant takingChargeDueAt;

    @Column(name = "first_feedback_due_at")
    private Instant firstFeedbackDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    /** The earliest warning not sent yet of a milestone pending; null when none is to come. */
    @Column(name = "next_warning_at")
    private Instant nextWarningAt;

    /** The soonest due time of the milestones pending whose clocks run: breached once past. */
    @Column(name = "next_due_at")
    private Instant nextDueAt;

    /** When the warning of that milestone comes: soon due from then until {@link #nextDueAt}. */
    @Column(name = "next_due_warn_at")
    private Instant nextDueWarnAt;

    @Column(name = "taking_charge_minutes")
    private Integer takingChargeMinutes;

    @Column(name = "first_feedback_minutes")
    private Integer firstFeedbackMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "help_desk_clock_minutes")
    private Integer helpDeskMinutes;

    @Column(name = "programming_clock_minutes")
    private Integer programmingMinutes;

    /**
     * Whether the readings wait to be computed again: for tickets older than the clocks, and for the open tickets
     * after the calendar or the targets changed ({@code ClockRefresh} does it in the background).
     */
    @Column(name = "clocks_stale", nullable = false)
    private boolean stale = true;

    /** The milestones whose warning was sent, one bit each (by ordinal): a warning goes once per milestone. */
    @Column(name = "warned", nullable = false)
    private int warned;

    void update(MilestoneClocks clocks) {
        MilestoneClocks.Clock tc = clocks.of(Milestone.TAKING_CHARGE);
        MilestoneClocks.Clock ff = clocks.of(Milestone.FIRST_FEEDBACK);
        MilestoneClocks.Clock res = clocks.of(Milestone.RESOLUTION);
        takingChargeDueAt = pendingDue(tc);
        firstFeedbackDueAt = pendingDue(ff);
        resolutionDueAt = pendingDue(res);
        takingChargeMinutes = reachedMinutes(tc);
        firstFeedbackMinutes = reachedMinutes(ff);
        resolutionMinutes = reachedMinutes(res);
        helpDeskMinutes = res.reachedAt() == null ? null : minutes(clocks.split().helpDesk());
        programmingMinutes = res.reachedAt() == null ? null : minutes(clocks.split().programming());
        stale = false;
        nextDueAt = null;
        nextDueWarnAt = null;
        for (MilestoneClocks.Clock clock : clocks.all()) {
            if (clock.reachedAt() == null && clock.dueAt() != null
                    && (nextDueAt == null || clock.dueAt().isBefore(nextDueAt))) {
                nextDueAt = clock.dueAt();
                nextDueWarnAt = clock.warnAt();
            }
        }
        nextWarningAt = null;
        for (MilestoneClocks.Clock clock : clocks.all()) {
            if (clock.reachedAt() == null && clock.dueAt() != null && clock.warnAt() != null
                    && !isWarned(clock.milestone())
                    && (nextWarningAt == null || clock.warnAt().isBefore(nextWarningAt))) {
                nextWarningAt = clock.warnAt();
            }
        }
    }

    private static Instant pendingDue(MilestoneClocks.Clock clock) {
        return clock.reachedAt() == null ? clock.dueAt() : null;
    }

    private static Integer reachedMinutes(MilestoneClocks.Clock clock) {
        return clock.reachedAt() == null ? null : minutes(clock.elapsed());
    }

    /** Rounded up, as {@link MilestoneClocks.Clock#elapsedMinutes()}. */
    private static int minutes(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, MilestoneClocks.minutes(duration));
    }

    public boolean isWarned(Milestone milestone) {
        return (warned & (1 << milestone.ordinal())) != 0;
    }

    void warned(Milestone milestone) {
        warned |= 1 << milestone.ordinal();
    }

    public Instant dueAt(Milestone milestone) {
        return switch (milestone) {
            case TAKING_CHARGE -> takingChargeDueAt;
            case FIRST_FEEDBACK -> firstFeedbackDueAt;
            case RESOLUTION -> resolutionDueAt;
        };
    }

    /** @return the minutes counted to the milestone when it was reached, or null */
    public Integer minutesTo(Milestone milestone) {
        return switch (milestone) {
            case TAKING_CHARGE -> takingChargeMinutes;
            case FIRST_FEEDBACK -> firstFeedbackMinutes;
            case RESOLUTION -> resolutionMinutes;
        };
    }

    /**
     * The result of a milestone as recorded, against the targets in force: met or missed once reached (the minutes
     * counted then against the target now); before that missed once its due time has passed, else pending.
     */
    public MilestoneStatus status(Milestone milestone, MilestoneTargets targets, Instant now) {
        Integer minutes = minutesTo(milestone);
        if (minutes != null) {
            return minutes <= targets.target(milestone).toMinutes() ? MilestoneStatus.MET : MilestoneStatus.MISSED;
        }
        Instant due = dueAt(milestone);
        return due != null && now.isAfter(due) ? MilestoneStatus.MISSED : MilestoneStatus.PENDING;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public Instant getNextDueWarnAt() {
        return nextDueWarnAt;
    }

    public Instant getNextWarningAt() {
        return nextWarningAt;
    }

    public Integer getHelpDeskMinutes() {
        return helpDeskMinutes;
    }

    public Integer getProgrammingMinutes() {
        return programmingMinutes;
    }
}
