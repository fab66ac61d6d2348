package org.helpdesk.application.report.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.domain.report.MonthlyFigures.Call;
import org.helpdesk.domain.report.MonthlyFigures.ProgrammingWork;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.reports.monthly.MonthlyReport;

/** The monthly report's tables of calls, counted from the month's calls: plain code, no database. */
final class CallFigures {

    private CallFigures() {
    }

    /** @return one line per severity, in severity order: calls received by kind and channel, closed and open */
    static List<MonthlyReport.SeverityLine> bySeverity(List<Call> calls) {
        List<MonthlyReport.SeverityLine> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Call> of = calls.stream().filter(t -> t.severity() == severity).toList();
            Map<String, Integer> byKind = new HashMap<>();
            Map<String, Integer> byChannel = new HashMap<>();
            int closed = 0;
            for (Call t : of) {
                byKind.merge(t.kind().name(), 1, Integer::sum);
                byChannel.merge(t.channel().name(), 1, Integer::sum);
                closed += t.state() == ServiceTicketState.CLOSED ? 1 : 0;
            }
            severities.add(new MonthlyReport.SeverityLine(severity.name(), of.size(), byKind, byChannel, closed,
                    of.size() - closed));
        }
        return severities;
    }

    /**
     * @param targets the targets of every severity
     * @return one line per milestone and severity, in that order: how many calls reached it, the median and 90th
     *         percentile of the minutes they took, and how many took no longer than the target
     */
    static List<MonthlyReport.MilestoneLine> byMilestone(List<Call> calls, Map<Severity, MilestoneTargets> targets) {
        List<MonthlyReport.MilestoneLine> milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            for (Severity severity : Severity.values()) {
                long target = targets.get(severity).target(milestone).toMinutes();
                List<Long> times = new ArrayList<>();
                for (Call t : calls) {
                    if (t.severity() == severity) {
                        Long minutes = t.minutesTo(milestone);
                        if (minutes != null) {
                            times.add(minutes);
                        }
                    }
                }
                times.sort(null);
                int within = (int) times.stream().filter(m -> m <= target).count();
                milestones.add(new MonthlyReport.MilestoneLine(milestone.name(), severity.name(), times.size(),
                        percentile(times, 50), percentile(times, 90), within));
            }
        }
        return milestones;
    }

    /**
     * @return one line per severity with calls resolved and their clocks replayed, in severity order: the resolution
     *         time in the help desk's hands and in programming's
     */
    static List<MonthlyReport.SplitLine> resolutionSplit(List<Call> calls) {
        List<MonthlyReport.SplitLine> lines = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int resolved = 0;
            long helpDesk = 0;
            long programming = 0;
            for (Call t : calls) {
                if (t.severity() == severity && t.resolvedAt() != null && t.helpDeskClock() != null) {
                    resolved++;
                    helpDesk += t.helpDeskClock();
                    programming += t.programmingClock() == null ? 0 : t.programmingClock();
                }
            }
            if (resolved > 0) {
                lines.add(new MonthlyReport.SplitLine(severity.name(), resolved, helpDesk, programming));
            }
        }
        return lines;
    }

    /**
     * @param minutesByCall the minutes spent on each call, by its id (none where absent)
     * @return the calls as the report lists them, in the order given
     */
    static List<MonthlyReport.Call> calls(List<Call> calls, Map<Long, Long> minutesByCall) {
        List<MonthlyReport.Call> lines = new ArrayList<>(calls.size());
        for (Call t : calls) {
            lines.add(new MonthlyReport.Call(t.number(), t.openedAt(), t.channel().name(), t.kind().name(),
                    t.severity().name(), t.subject(), t.state().name(), t.minutesTo(Milestone.TAKING_CHARGE),
                    t.minutesTo(Milestone.FIRST_FEEDBACK), t.minutesTo(Milestone.RESOLUTION),
                    minutesByCall.getOrDefault(t.id(), 0L)));
        }
        return lines;
    }

    /**
     * The month at a glance for {@code months} months up to {@code month}, oldest first.
     *
     * @param calls the customer's calls opened in those months
     * @param satisfaction each month's average score of the questionnaires answered (none where absent)
     * @param minutes each month's minutes of time entries (none where absent)
     * @param programming the programming tickets open at some time in those months
     */
    static List<MonthlyReport.MonthSummary> trend(YearMonth month, int months, List<Call> calls,
            Map<Severity, MilestoneTargets> targets, Map<YearMonth, Double> satisfaction,
            Map<YearMonth, Long> minutes, List<ProgrammingWork> programming) {
        List<MonthlyReport.MonthSummary> trend = new ArrayList<>(months);
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            int received = 0;
            int closed = 0;
            int reached = 0;
            int within = 0;
            for (Call call : calls) {
                if (!HelpDeskCalendar.monthOf(call.openedAt()).equals(m)) {
                    continue;
                }
                received++;
                closed += call.state() == ServiceTicketState.CLOSED ? 1 : 0;
                for (Milestone milestone : Milestone.values()) {
                    Long taken = call.minutesTo(milestone);
                    if (taken != null) {
                        reached++;
                        within += taken <= targets.get(call.severity()).target(milestone).toMinutes() ? 1 : 0;
                    }
                }
            }
            java.time.Instant end = HelpDeskCalendar.endOf(m);
            int open = (int) programming.stream().filter(p -> p.openAt(end)).count();
            trend.add(new MonthlyReport.MonthSummary(m, received, closed, reached, within, satisfaction.get(m),
                    minutes.getOrDefault(m, 0L), open));
        }
        return trend;
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
