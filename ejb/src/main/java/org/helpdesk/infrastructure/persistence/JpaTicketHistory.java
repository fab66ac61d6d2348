package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.AuditField;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.TicketChange;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.ticket.TimeEntry;

/** {@link TicketHistory} with JPQL. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaTicketHistory implements TicketHistory {

    private static final Set<AuditField> CLOCK_FIELDS = EnumSet.of(AuditField.STATE, AuditField.SEVERITY,
            AuditField.WAITING);

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Comment comment) {
        em.persist(comment);
    }

    @Override
    public void add(TimeEntry entry) {
        em.persist(entry);
    }

    @Override
    public void record(ServiceTicket ticket) {
        for (TicketChange change : ticket.drainChanges()) {
            em.persist(AuditEvent.of(ticket, change));
        }
    }

    @Override
    public void record(ProgrammingTicket ticket) {
        for (TicketChange change : ticket.drainChanges()) {
            em.persist(AuditEvent.of(ticket, change));
        }
    }

    @Override
    public Optional<TimeEntry> timeEntry(long id) {
        return Optional.ofNullable(em.find(TimeEntry.class, id));
    }

    @Override
    public boolean isReversed(TimeEntry entry) {
        return !em.createQuery("select e.id from TimeEntry e where e.reverses = :entry", Long.class)
                .setParameter("entry", entry).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Comment> comments(ServiceTicket ticket) {
        return em.createQuery("select c from Comment c where c.serviceTicket = :t order by c.createdAt, c.id",
                Comment.class).setParameter("t", ticket).getResultList();
    }

    @Override
    public List<Comment> comments(ProgrammingTicket ticket) {
        return em.createQuery("select c from Comment c where c.programmingTicket = :t order by c.createdAt, c.id",
                Comment.class).setParameter("t", ticket).getResultList();
    }

    @Override
    public List<TimeEntry> timeEntries(ServiceTicket ticket) {
        return em.createQuery("select e from TimeEntry e left join fetch e.reverses where e.serviceTicket = :t"
                + " order by e.recordedAt, e.id", TimeEntry.class).setParameter("t", ticket).getResultList();
    }

    @Override
    public List<TimeEntry> timeEntries(ProgrammingTicket ticket) {
        return em.createQuery("select e from TimeEntry e left join fetch e.reverses where e.programmingTicket = :t"
                + " order by e.recordedAt, e.id", TimeEntry.class).setParameter("t", ticket).getResultList();
    }

    @Override
    public List<AuditEvent> audit(ServiceTicket ticket) {
        return audit(AuditEvent.SERVICE, ticket.getId());
    }

    @Override
    public List<AuditEvent> audit(ProgrammingTicket ticket) {
        return audit(AuditEvent.PROGRAMMING, ticket.getId());
    }

    @Override
    public List<TicketChange> clockTrail(ServiceTicket ticket) {
        // Values, not entities: the trail is read to be replayed, never changed.
        return em.createQuery("select a.field, a.oldValue, a.newValue, a.actor, a.at from AuditEvent a"
                + " where a.ticketType = :type and a.ticketId = :id and a.field in :fields order by a.at, a.id",
                Object[].class)
                .setParameter("type", AuditEvent.SERVICE).setParameter("id", ticket.getId())
                .setParameter("fields", CLOCK_FIELDS)
                // What is saved, as it is: the caller adds the changes it has not saved yet, so nothing is flushed.
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .map(r -> new TicketChange((AuditField) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (Instant) r[4], null))
                .toList();
    }

    @Override
    public Optional<AuditEvent> lastEdit(ServiceTicket ticket) {
        return lastEdit(AuditEvent.SERVICE, ticket.getId());
    }

    @Override
    public Optional<AuditEvent> lastEdit(ProgrammingTicket ticket) {
        return lastEdit(AuditEvent.PROGRAMMING, ticket.getId());
    }

    private List<AuditEvent> audit(String ticketType, long ticketId) {
        return em.createQuery("select a from AuditEvent a where a.ticketType = :type and a.ticketId = :id"
                + " order by a.at, a.id", AuditEvent.class)
                .setParameter("type", ticketType).setParameter("id", ticketId).getResultList();
    }

    private Optional<AuditEvent> lastEdit(String ticketType, long ticketId) {
        return em.createQuery("select a from AuditEvent a where a.ticketType = :type and a.ticketId = :id"
                + " and a.field not in :appends order by a.at desc, a.id desc", AuditEvent.class)
                .setParameter("type", ticketType).setParameter("id", ticketId)
                .setParameter("appends", AuditField.APPENDS).setMaxResults(1).getResultStream().findFirst();
    }
}
