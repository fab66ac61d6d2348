package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpdesk.domain.report.DashboardFigures;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/** {@link DashboardFigures} with JPQL: one query each. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaDashboardFigures implements DashboardFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Severity, Long> openedBySeverity(Instant start, Instant end) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        em.createQuery("select t.severity, count(t) from ServiceTicket t where t.openedAt >= :from and t.openedAt < :to"
                        + " group by t.severity", Object[].class)
                .setParameter("from", start).setParameter("to", end)
                .getResultList().forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void eachOpened(Instant start, Instant end, Consumer<ServiceTicket> each) {
        try (Stream<ServiceTicket> tickets = em.createQuery("select t from ServiceTicket t"
                + " where t.openedAt >= :from and t.openedAt < :to", ServiceTicket.class)
                .setParameter("from", start).setParameter("to", end).getResultStream()) {
            tickets.forEach(each);
        }
    }

    @Override
    public List<OpenSince> openByAge(Instant dayAgo, Instant weekAgo) {
        return em.createQuery("select t.state, sum(case when t.openedAt >= :day then 1 else 0 end),"
                        + " sum(case when t.openedAt < :day and t.openedAt >= :week then 1 else 0 end),"
                        + " sum(case when t.openedAt < :week then 1 else 0 end)"
                        + " from ServiceTicket t where t.state <> :closed group by t.state", Object[].class)
                .setParameter("day", dayAgo).setParameter("week", weekAgo)
                .setParameter("closed", ServiceTicketState.CLOSED)
                .getResultList().stream()
                .map(row -> new OpenSince((ServiceTicketState) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
    }

    @Override
    public List<ResolutionSums> resolutionByLevel(Instant start, Instant end) {
        return em.createQuery("select t.severity, count(t), sum(t.clocks.helpDeskMinutes),"
                + " coalesce(sum(t.clocks.programmingMinutes), 0) from ServiceTicket t"
                + " where t.openedAt >= :from and t.openedAt < :to and t.resolvedAt is not null"
                + " and t.clocks.helpDeskMinutes is not null group by t.severity", Object[].class)
                .setParameter("from", start).setParameter("to", end).getResultStream()
                .map(r -> new ResolutionSums((Severity) r[0], ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
    }
}
