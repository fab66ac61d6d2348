package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.ticket.DashboardService;
import org.helpdesk.domain.report.DashboardFigures;
import org.helpdesk.domain.report.DashboardFigures.OpenSince;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneStatus;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.time.HelpDeskCalendar;

@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class DefaultDashboardService implements DashboardService {

    @Inject
    private DashboardFigures figures;

    @Inject
    private MilestoneTargetSettings settings;

    @Inject
    private Caller caller;

    @Override
    public List<SeverityCount> callsBySeverity(YearMonth month) {
        Map<Severity, Long> counts = figures.openedBySeverity(start(month), start(month.plusMonths(1)));
        List<SeverityCount> result = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            result.add(new SeverityCount(severity, counts.getOrDefault(severity, 0L)));
        }
        return result;
    }

    @Override
    public List<Compliance> compliance(YearMonth month) {
        Instant now = caller.now();
        Map<Severity, MilestoneTargets> targets = new EnumMap<>(Severity.class);
        Map<Severity, Map<Milestone, long[]>> tally = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            targets.put(severity, settings.of(severity));
            Map<Milestone, long[]> perMilestone = new EnumMap<>(Milestone.class);
            for (Milestone milestone : Milestone.values()) {
                perMilestone.put(milestone, new long[3]);
            }
            tally.put(severity, perMilestone);
        }
        figures.eachOpened(start(month), start(month.plusMonths(1)), t -> {
            for (Milestone milestone : Milestone.values()) {
                MilestoneStatus status = t.getClockReadings().status(milestone, targets.get(t.getSeverity()), now);
                tally.get(t.getSeverity()).get(milestone)[status.ordinal()]++;
            }
        });
        List<Compliance> result = new ArrayList<>();
        tally.forEach((severity, perMilestone) -> perMilestone.forEach((milestone, counts) -> result.add(
                new Compliance(severity, milestone, counts[MilestoneStatus.MET.ordinal()],
                        counts[MilestoneStatus.MISSED.ordinal()], counts[MilestoneStatus.PENDING.ordinal()]))));
        return result;
    }

    @Override
    public List<ResolutionSplit> resolutionSplit(YearMonth month) {
        // Summed by the database from the clocks kept on each ticket, in severity order.
        return figures.resolutionByLevel(start(month), start(month.plusMonths(1))).stream()
                .map(r -> new ResolutionSplit(r.severity(), r.resolved(), r.helpDeskMinutes(), r.programmingMinutes()))
                .sorted(Comparator.comparing(ResolutionSplit::severity)).toList();
    }

    @Override
    public List<OpenByAge> openByStateAndAge() {
        Instant now = caller.now();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<ServiceTicketState, OpenSince> counts = new EnumMap<>(ServiceTicketState.class);
        figures.openByAge(dayAgo, weekAgo).forEach(c -> counts.put(c.state(), c));
        List<OpenByAge> result = new ArrayList<>();
        for (ServiceTicketState state : ServiceTicketState.values()) {
            if (state != ServiceTicketState.CLOSED) {
                OpenSince c = counts.getOrDefault(state, new OpenSince(state, 0, 0, 0));
                result.add(new OpenByAge(state, c.sinceDayAgo(), c.sinceWeekAgo(), c.older()));
            }
        }
        return result;
    }

    private static Instant start(YearMonth month) {
        return HelpDeskCalendar.startOf(month);
    }
}
