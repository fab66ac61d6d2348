package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;

/** {@link OutboxMessages} with JPQL. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaOutboxMessages implements OutboxMessages {

    /** The lock timeout that makes Hibernate skip the rows another transaction locked (SKIP LOCKED). */
    private static final int SKIP_LOCKED = -2;

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> byId(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public Optional<OutboxMessage> claim(long id) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id and m.status = :pending",
                        OutboxMessage.class)
                .setParameter("id", id)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultStream().findFirst();
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int makeDue(Instant now) {
        int failed = em.createQuery("update OutboxMessage m set m.status = :pending, m.attempts = 0,"
                        + " m.nextAttemptAt = :now, m.version = m.version + 1 where m.status = :failed")
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("failed", OutboxMessage.Status.FAILED)
                .setParameter("now", now)
                .executeUpdate();
        int waiting = em.createQuery("update OutboxMessage m set m.nextAttemptAt = :now, m.version = m.version + 1"
                        + " where m.status = :pending and m.nextAttemptAt > :now")
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return failed + waiting;
    }

    @Override
    public List<OutboxMessage> recent(int limit) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc",
                OutboxMessage.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<OutboxMessage> unsent(int limit) {
        return em.createQuery("select m from OutboxMessage m where m.status = :failed"
                + " or (m.status = :pending and m.attempts > 0) order by m.createdAt desc, m.id desc",
                OutboxMessage.class)
                .setParameter("failed", OutboxMessage.Status.FAILED)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countFailed() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :failed", Long.class)
                .setParameter("failed", OutboxMessage.Status.FAILED)
                .getSingleResult();
    }

    @Override
    public long countRetrying() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :pending and m.attempts > 0",
                Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .getSingleResult();
    }

    @Override
    public List<OutboxMessage> forTicket(String ticketNumber) {
        return em.createQuery("select m from OutboxMessage m where m.ticketNumber = :number order by m.id",
                OutboxMessage.class).setParameter("number", ticketNumber).getResultList();
    }

    @Override
    public Optional<OutboxMessage> byMessageId(String messageId) {
        return em.createQuery("select m from OutboxMessage m where m.messageId = :id", OutboxMessage.class)
                .setParameter("id", messageId).getResultStream().findFirst();
    }

    @Override
    public Optional<OutboxMessage> lastThreaded(String ticketNumber) {
        return em.createQuery("select m from OutboxMessage m where m.ticketNumber = :number and m.messageId is not null"
                        + " order by m.id desc", OutboxMessage.class)
                .setParameter("number", ticketNumber).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, OutboxMessage> forComments(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, OutboxMessage> found = new HashMap<>();
        em.createQuery("select m from OutboxMessage m where m.commentId in :ids order by m.id", OutboxMessage.class)
                .setParameter("ids", commentIds).getResultList()
                .forEach(m -> found.putIfAbsent(m.getCommentId(), m));
        return found;
    }

    @Override
    public Map<String, String> ticketsOfMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        em.createQuery("select m.messageId, m.ticketNumber from OutboxMessage m where m.messageId in :ids"
                        + " and m.ticketNumber like 'HD-%'", Object[].class)
                .setParameter("ids", messageIds).getResultList()
                .forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
    }
}
