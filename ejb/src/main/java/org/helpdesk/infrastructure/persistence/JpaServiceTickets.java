package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketNumber;
import org.helpdesk.domain.ticket.TicketOrder;

/** {@link ServiceTickets} with JPA; the ticket list is {@link ServiceTicketListQuery}'s. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaServiceTickets implements ServiceTickets {

    /** The lock timeout that makes Hibernate skip the rows another transaction locked (SKIP LOCKED). */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceTicketListQuery listQuery;

    /** This server's current block of numbers (V50: one {@code nextval} hands out 50), for every request. */
    private final NumberBlock numbers = new NumberBlock();

    @Override
    public Optional<ServiceTicket> byNumber(String number) {
        return em.createQuery("select t from ServiceTicket t join fetch t.customer where t.number = :number",
                ServiceTicket.class).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<ServiceTicket> byId(long id) {
        return Optional.ofNullable(em.find(ServiceTicket.class, id));
    }

    @Override
    public Optional<ServiceTicket> forAppend(String number) {
        return em.createQuery("select t from ServiceTicket t where t.number = :number", ServiceTicket.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public TicketNumber nextNumber(int year) {
        return new TicketNumber(TicketNumber.Series.SERVICE, year,
                numbers.next(Sequences.of(em, "service_ticket_number_seq")));
    }

    @Override
    public void add(ServiceTicket ticket) {
        em.persist(ticket);
    }

    @Override
    public Page<ServiceTicketSummary> list(TicketFilter filter, TicketOrder order, String after, int limit) {
        return listQuery.page(filter, order, after, limit);
    }

    @Override
    public long count(TicketFilter filter) {
        return listQuery.count(filter);
    }

    @Override
    public List<ServiceTicket> withStaleClocks(int max) {
        return em.createQuery("select t from ServiceTicket t where t.clocks.stale = true order by t.id",
                ServiceTicket.class).setMaxResults(max).getResultList();
    }

    @Override
    public int markOpenClocksStale() {
        return em.createQuery("update ServiceTicket t set t.clocks.stale = true where t.state <> :closed")
                .setParameter("closed", ServiceTicketState.CLOSED).executeUpdate();
    }

    @Override
    public List<ServiceTicket> withWarningDue(Instant now, int max) {
        return em.createQuery("select t from ServiceTicket t where t.clocks.nextWarningAt <= :now"
                + " and t.state <> :closed order by t.clocks.nextWarningAt", ServiceTicket.class)
                .setParameter("now", now).setParameter("closed", ServiceTicketState.CLOSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(max).getResultList();
    }
}
