package org.helpdesk.domain.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * The three milestone clocks of one service ticket, replayed from its audit trail: what each one's target is, when it
 * is due, how much of it has passed, when it stood still, and whether it was met. The trail says, instant by instant,
 * the ticket's state, severity and whether it waited for the customer; the rules are:
 * <ul>
 * <li>each stretch of time counts as the clock mode of the severity the ticket had then ({@link ClockMode}: business
 * hours or round the clock);</li>
 * <li>the taking-charge and first-feedback clocks always run; the resolution clock stands still while the ticket waits
 * for the customer's answer and while the solution awaits (or has) the customer's verification or the ticket is closed
 * (a failed verification or a reopening starts it again, with the time counted before);</li>
 * <li>a milestone is judged against the target of the ticket's current severity: a severity changed midway keeps the
 * time elapsed and applies the new target from then on;</li>
 * <li>the resolution time is split into help-desk time and programming time (the time the ticket was in programming),
 * so that a slow hand-over is not blamed on programming, nor the reverse.</li>
 * </ul>
 * The computation walks the trail once and measures each stretch with the calendar a day at a time, so it costs the
 * same whatever the targets are.
 */
public final class MilestoneClocks {

    /** Why the resolution clock stood still. */
    public enum PauseReason {
        WAITING_FOR_CUSTOMER, VERIFICATION, CLOSED
    }

    /** A stretch during which the resolution clock stood still; {@code to} is null while it still does. */
    public record Pause(Instant from, Instant to, PauseReason reason) implements java.io.Serializable {
    }

    /**
     * One milestone's clock.
     *
     * @param target the target of the current severity
     * @param mode how the current severity's clock counts
     * @param dueAt when the target is (or was) used up; null while the clock stands still before it was
     * @param warnAt when the warning share of the target is (or was) used up; null while the clock stands still before
     * @param elapsed the time counted until the milestone was reached, or until now
     * @param reachedAt when it was reached, or null
     * @param pauses when it stood still (the resolution clock only), oldest first
     */
    public record Clock(Milestone milestone, Duration target, ClockMode mode, Instant dueAt, Instant warnAt,
            Duration elapsed, Instant reachedAt, MilestoneStatus status, List<Pause> pauses) implements java.io.Serializable {

        public Clock {
            pauses = List.copyOf(pauses);
        }

        /**
         * @return the time counted in whole minutes, rounded up: 30 minutes and one second against a 30-minute target
         *         show as 31, and are missed
         */
        public long elapsedMinutes() {
            return minutes(elapsed);
        }
    }

    /** The resolution time, split: in the help desk's hands and in programming's. */
    public record Split(Duration helpDesk, Duration programming) implements java.io.Serializable {
    }

    private static final Set<ServiceTicketState> RESOLUTION_RUNS = EnumSet.of(ServiceTicketState.NEW,
            ServiceTicketState.TAKEN_IN_CHARGE, ServiceTicketState.IN_PROGRAMMING);

    private final Map<Milestone, Clock> clocks = new EnumMap<>(Milestone.class);
    private Split split;

    private MilestoneClocks() {
    }

    /** What the trail says at one instant onwards. */
    private record Stretch(Instant from, ServiceTicketState state, Severity severity, boolean waiting) implements java.io.Serializable {
    }

    /**
     * @param trail the ticket's changes, oldest first (the audit trail: its creation, states, severities, waits)
     * @param severity the ticket's severity now
     * @param openedAt when it was opened
     * @param reached when each milestone was reached (absent when it was not)
     * @param targets each severity's targets, clock mode and warning share
     * @param now the instant to judge the milestones not yet reached against
     */
    public static MilestoneClocks replay(List<TicketChange> trail, Severity severity, Instant openedAt,
            Map<Milestone, Instant> reached, Function<Severity, MilestoneTargets> targets, HelpDeskCalendar calendar,
            Instant now) {
        List<Stretch> stretches = stretches(trail, severity, openedAt);
        MilestoneClocks result = new MilestoneClocks();
        MilestoneTargets current = targets.apply(severity);
        for (Milestone milestone : Milestone.values()) {
            result.clocks.put(milestone, clock(milestone, stretches, current, reached.get(milestone), targets,
                    calendar, now, result));
        }
        return result;
    }

    private static List<Stretch> stretches(List<TicketChange> trail, Severity now, Instant openedAt) {
        Severity severity = trail.stream().filter(c -> c.field() == AuditField.SEVERITY).findFirst()
                .map(c -> Severity.valueOf(c.oldValue())).orElse(now);
        ServiceTicketState state = ServiceTicketState.NEW;
        boolean waiting = false;
        List<Stretch> stretches = new ArrayList<>();
        stretches.add(new Stretch(openedAt, state, severity, waiting));
        for (TicketChange change : trail) {
            switch (change.field()) {
                case STATE -> state = ServiceTicketState.valueOf(change.newValue());
                case SEVERITY -> severity = Severity.valueOf(change.newValue());
                case WAITING -> waiting = ServiceTicket.WAITING.equals(change.newValue());
                default -> {
                    continue;
                }
            }
            Instant at = change.at().isBefore(openedAt) ? openedAt : change.at();
            Stretch last = stretches.get(stretches.size() - 1);
            if (last.from().equals(at)) {
                stretches.set(stretches.size() - 1, new Stretch(at, state, severity, waiting));
            } else {
                stretches.add(new Stretch(at, state, severity, waiting));
            }
        }
        return stretches;
    }

    private static Clock clock(Milestone milestone, List<Stretch> stretches, MilestoneTargets current,
            Instant reachedAt, Function<Severity, MilestoneTargets> targets, HelpDeskCalendar calendar, Instant now,
            MilestoneClocks result) {
        Duration target = current.target(milestone);
        Duration warning = target.multipliedBy(current.getWarningPercent()).dividedBy(100);
        Instant end = reachedAt != null ? reachedAt : now;
        Duration elapsed = Duration.ZERO;
        Duration programming = Duration.ZERO;
        Instant dueAt = null;
        Instant warnAt = null;
        List<Pause> pauses = new ArrayList<>();
        Stretch last = stretches.get(0);
        for (int i = 0; i < stretches.size(); i++) {
            Stretch s = stretches.get(i);
            if (s.from().isAfter(end)) {
                break;
            }
            // The stretch in force at the end goes on counting after it (see below), even if it begins there.
            last = s;
            if (s.from().equals(end)) {
                if (reachedAt == null && !runs(milestone, s)) {
                    pause(pauses, s, end, true);
                }
                break;
            }
            Instant to = i + 1 < stretches.size() && stretches.get(i + 1).from().isBefore(end)
                    ? stretches.get(i + 1).from() : end;
            if (runs(milestone, s)) {
                ClockMode mode = targets.apply(s.severity()).getClockMode();
                Duration counted = mode.measure(calendar, s.from(), to);
                if (dueAt == null && elapsed.plus(counted).compareTo(target) >= 0) {
                    dueAt = mode.plus(calendar, s.from(), target.minus(elapsed));
                }
                if (warnAt == null && elapsed.plus(counted).compareTo(warning) >= 0) {
                    warnAt = mode.plus(calendar, s.from(), warning.minus(elapsed));
                }
                elapsed = elapsed.plus(counted);
                if (s.state() == ServiceTicketState.IN_PROGRAMMING) {
                    programming = programming.plus(counted);
                }
            } else {
                pause(pauses, s, to, reachedAt == null && to.equals(end));
            }
        }
        // Not used up within the trail: the clock goes on from where it stands, unless it stands still.
        if ((dueAt == null || warnAt == null) && (reachedAt != null || runs(milestone, last))) {
            ClockMode mode = targets.apply(last.severity()).getClockMode();
            Instant from = end.isAfter(last.from()) ? end : last.from();
            if (dueAt == null) {
                dueAt = mode.plus(calendar, from, target.minus(elapsed));
            }
            if (warnAt == null && warning.compareTo(elapsed) > 0) {
                warnAt = mode.plus(calendar, from, warning.minus(elapsed));
            }
        }
        MilestoneStatus status;
        if (reachedAt != null) {
            status = elapsed.compareTo(target) <= 0 ? MilestoneStatus.MET : MilestoneStatus.MISSED;
        } else {
            status = dueAt != null && now.isAfter(dueAt) ? MilestoneStatus.MISSED : MilestoneStatus.PENDING;
        }
        if (milestone == Milestone.RESOLUTION) {
            result.split = new Split(elapsed.minus(programming), programming);
        }
        return new Clock(milestone, target, current.getClockMode(), dueAt, warnAt, elapsed, reachedAt, status,
                List.copyOf(pauses));
    }

    private static boolean runs(Milestone milestone, Stretch s) {
        return milestone != Milestone.RESOLUTION || (RESOLUTION_RUNS.contains(s.state()) && !s.waiting());
    }

    private static void pause(List<Pause> pauses, Stretch s, Instant to, boolean ongoing) {
        PauseReason reason = s.waiting() ? PauseReason.WAITING_FOR_CUSTOMER
                : s.state() == ServiceTicketState.CLOSED ? PauseReason.CLOSED : PauseReason.VERIFICATION;
        Pause previous = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
        if (previous != null && previous.reason() == reason && s.from().equals(previous.to())) {
            pauses.set(pauses.size() - 1, new Pause(previous.from(), ongoing ? null : to, reason));
        } else {
            pauses.add(new Pause(s.from(), ongoing ? null : to, reason));
        }
    }

    /** @return a duration in whole minutes, rounded up (the clocks count to the second) */
    public static long minutes(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return (seconds + 59) / 60;
    }

    public Clock of(Milestone milestone) {
        return clocks.get(Objects.requireNonNull(milestone, "milestone"));
    }

    /** @return the three clocks, in the order of the milestones */
    public List<Clock> all() {
        return List.copyOf(clocks.values());
    }

    /** @return the resolution time so far (or until it was reached), split between help desk and programming */
    public Split split() {
        return split;
    }
}
