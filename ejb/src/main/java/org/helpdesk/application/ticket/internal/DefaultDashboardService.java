package org.helpdesk.application.ticket.internal;

import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.application.internal.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.ticket.DashboardService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneStatus;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class DefaultDashboardService implements DashboardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MilestoneTargetSettings settings;

    @Inject
    private Caller caller;

    @Override
    public List<SeverityCount> callsBySeverity(YearMonth month) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        em.createQuery("select t.severity, count(t) from ServiceTicket t where t.openedAt >= :from and t.openedAt < :to"
                        + " group by t.severity", Object[].class)
                .setParameter("from", start(month)).setParameter("to", start(month.plusMonths(1)))
                .getResultList().forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
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
        em.createQuery("select t from ServiceTicket t where t.openedAt >= :from and t.openedAt < :to",
                        ServiceTicket.class)
                .setParameter("from", start(month)).setParameter("to", start(month.plusMonths(1)))
                .getResultStream()
                .forEach(t -> {
                    for (Milestone milestone : Milestone.values()) {
                        MilestoneStatus status = t.milestoneStatus(milestone, targets.get(t.getSeverity()), now);
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
    public List<OpenByAge> openByStateAndAge() {
        Instant now = caller.now();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Map<ServiceTicketState, long[]> counts = new EnumMap<>(ServiceTicketState.class);
        em.createQuery("select t.state, sum(case when t.openedAt >= :day then 1 else 0 end),"
                        + " sum(case when t.openedAt < :day and t.openedAt >= :week then 1 else 0 end),"
                        + " sum(case when t.openedAt < :week then 1 else 0 end)"
                        + " from ServiceTicket t where t.state <> :closed group by t.state", Object[].class)
                .setParameter("day", dayAgo).setParameter("week", weekAgo)
                .setParameter("closed", ServiceTicketState.CLOSED)
                .getResultList()
                .forEach(row -> counts.put((ServiceTicketState) row[0], new long[] {
                    ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        List<OpenByAge> result = new ArrayList<>();
        for (ServiceTicketState state : ServiceTicketState.values()) {
            if (state != ServiceTicketState.CLOSED) {
                long[] c = counts.getOrDefault(state, new long[3]);
                result.add(new OpenByAge(state, c[0], c[1], c[2]));
            }
        }
        return result;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
