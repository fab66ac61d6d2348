package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.domain.report.MonthlyFigures;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;

/** {@link MonthlyFigures} with JPQL: one query of columns each, none flushing first. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaMonthlyFigures implements MonthlyFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Call> calls(long customerId, Instant start, Instant end) {
        return read("select t.id, t.number, t.openedAt, t.channel, t.kind, t.severity, t.subject,"
                + " t.state, t.takenInChargeAt, t.firstFeedbackAt, t.resolvedAt, t.clocks.takingChargeMinutes,"
                + " t.clocks.firstFeedbackMinutes, t.clocks.resolutionMinutes, t.clocks.helpDeskMinutes,"
                + " t.clocks.programmingMinutes from ServiceTicket t"
                + " where t.customer.id = :c and t.openedAt >= :start and t.openedAt < :end order by t.openedAt, t.id")
                .setParameter("c", customerId).setParameter("start", start).setParameter("end", end).getResultList()
                .stream().map(r -> new Call((Long) r[0], (String) r[1], (Instant) r[2], (Channel) r[3],
                        (RequestKind) r[4], (Severity) r[5], (String) r[6], (ServiceTicketState) r[7],
                        (Instant) r[8], (Instant) r[9], (Instant) r[10], (Integer) r[11], (Integer) r[12],
                        (Integer) r[13], (Integer) r[14], (Integer) r[15]))
                .toList();
    }

    @Override
    public Map<Long, Long> minutesByCall(long customerId, Instant start, Instant end) {
        Map<Long, Long> minutes = new HashMap<>();
        for (Object[] row : read("select e.serviceTicket.id, sum(e.minutes) from TimeEntry e"
                + " where e.serviceTicket.customer.id = :c and e.serviceTicket.openedAt >= :start"
                + " and e.serviceTicket.openedAt < :end group by e.serviceTicket.id")
                .setParameter("c", customerId).setParameter("start", start).setParameter("end", end)
                .getResultList()) {
            minutes.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return minutes;
    }

    @Override
    public List<MonthMinutes> minutesByMonth(long customerId, LocalDate from, LocalDate to) {
        return read("select e.level, extract(year from e.workDate), extract(month from e.workDate), sum(e.minutes)"
                + " from TimeEntry e where e.serviceTicket.customer.id = :c and e.workDate >= :from"
                + " and e.workDate <= :to group by e.level, extract(year from e.workDate),"
                + " extract(month from e.workDate)")
                .setParameter("c", customerId).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(r -> new MonthMinutes(YearMonth.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue()),
                        (WorkLevel) r[0], ((Number) r[3]).longValue()))
                .toList();
    }

    @Override
    public List<ProgrammingWork> programmingWork(long customerId, Instant start, Instant end) {
        return programming(read(PROGRAMMING + " where t.customer.id = :c and p.openedAt >= :start"
                + " and p.openedAt < :end order by p.number")
                .setParameter("c", customerId).setParameter("start", start).setParameter("end", end));
    }

    @Override
    public List<ProgrammingWork> programmingOpenBetween(long customerId, Instant since, Instant end) {
        return programming(read(PROGRAMMING + " where t.customer.id = :c and p.openedAt < :end"
                + " and (p.closedAt is null or p.closedAt >= :since) order by p.number")
                .setParameter("c", customerId).setParameter("since", since).setParameter("end", end));
    }

    private static final String PROGRAMMING = "select distinct p.number, p.title, p.urgency, p.state, p.plannedDate,"
            + " p.plannedRelease, p.updateVersion, p.updateSentOn, p.openedAt, p.closedAt from ServiceTicket t"
            + " join t.programmingTickets p";

    private static List<ProgrammingWork> programming(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(p -> new ProgrammingWork((String) p[0], (String) p[1], (Severity) p[2],
                        (ProgrammingTicketState) p[3], (LocalDate) p[4], (String) p[5], (String) p[6],
                        (LocalDate) p[7], (Instant) p[8], (Instant) p[9]))
                .toList();
    }

    /** A read-only query of rows that does not flush the persistence context first. */
    private TypedQuery<Object[]> read(String jpql) {
        return em.createQuery(jpql, Object[].class).setFlushMode(FlushModeType.COMMIT);
    }
}
