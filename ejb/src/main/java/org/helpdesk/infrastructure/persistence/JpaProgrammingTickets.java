package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.Cursor;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketNumber;

/** {@link ProgrammingTickets} with JPQL and the Criteria API. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaProgrammingTickets implements ProgrammingTickets {

    @PersistenceContext
    private EntityManager em;

    /** This server's current block of numbers (V50). */
    private final NumberBlock numbers = new NumberBlock();

    @Override
    public Optional<ProgrammingTicket> byNumber(String number) {
        return em.createQuery("select t from ProgrammingTicket t where t.number = :number", ProgrammingTicket.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<ProgrammingTicket> byId(long id) {
        return Optional.ofNullable(em.find(ProgrammingTicket.class, id));
    }

    @Override
    public Optional<ProgrammingTicket> forAppend(String number) {
        return em.createQuery("select t from ProgrammingTicket t where t.number = :number", ProgrammingTicket.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public TicketNumber nextNumber(int year) {
        return new TicketNumber(TicketNumber.Series.PROGRAMMING, year,
                numbers.next(Sequences.of(em, "programming_ticket_number_seq")));
    }

    @Override
    public void add(ProgrammingTicket ticket) {
        em.persist(ticket);
    }

    /** Newest first, keyset-paginated on (opened at, id). */
    @Override
    public Page<ProgrammingTicketSummary> list(ProgrammingTicketState state, Severity urgency, String assignee,
            String after, int limit) {
        Cursor position = after == null ? null : Cursor.decode(after);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ProgrammingTicketSummary> query = cb.createQuery(ProgrammingTicketSummary.class);
        Root<ProgrammingTicket> t = query.from(ProgrammingTicket.class);
        Path<Instant> openedAt = t.get("openedAt");
        Path<Long> id = t.get("id");
        List<Predicate> where = new ArrayList<>();
        if (state != null) {
            where.add(cb.equal(t.get("state"), state));
        }
        if (urgency != null) {
            where.add(cb.equal(t.get("urgency"), urgency));
        }
        if (assignee != null) {
            where.add(cb.equal(t.get("assignedProgrammer"), assignee));
        }
        if (position != null) {
            where.add(cb.or(cb.lessThan(openedAt, position.openedAt()),
                    cb.and(cb.equal(openedAt, position.openedAt()), cb.lessThan(id, position.id()))));
        }
        query.select(cb.construct(ProgrammingTicketSummary.class, t.get("number"), t.get("version"), t.get("state"),
                        t.get("urgency"), t.get("title"), t.get("assignedProgrammer"), t.get("plannedDate"),
                        t.get("plannedRelease"), openedAt))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(openedAt), cb.desc(id));
        List<ProgrammingTicketSummary> rows = em.createQuery(query).setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<ProgrammingTicketSummary> items = List.copyOf(rows.subList(0, limit));
        Object[] key = em.createQuery("select t.openedAt, t.id from ProgrammingTicket t where t.number = :n",
                Object[].class).setParameter("n", items.get(limit - 1).number()).getSingleResult();
        return new Page<>(items, new Cursor((Instant) key[0], (Long) key[1]).encode());
    }
}
