package org.helpdesk.infrastructure.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Queues mails. {@link #enqueue} must run inside the caller's transaction: the message is stored with the change
 * that causes it, so a rolled-back change sends nothing, and a committed one is sent by {@link OutboxSender}.
 */
@Stateless
@PermitAll
public class Outbox {

    /** Fired for every queued message (id 0: several); observed after commit only. */
    public record MessageQueued(long messageId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MessageQueued> queued;

    @Inject
    private Clock clock;

    /**
     * Renders {@code kind} from {@link MailTemplates} in the recipient's language and stores it as PENDING.
     *
     * @param ticketNumber the ticket the mail is about, for the outbox screen; may be {@code null}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage enqueue(String kind, String ticketNumber, String recipient, Locale language,
            Object... arguments) {
        Locale locale = MailTemplates.supported(language);
        MailTemplates.Rendered mail = MailTemplates.render(kind, locale, arguments);
        OutboxMessage message = new OutboxMessage(kind, ticketNumber, recipient, locale, mail.subject(), mail.body(),
                Instant.now(clock));
        em.persist(message);
        em.flush();
        queued.fire(new MessageQueued(message.getId()));
        return message;
    }

    /**
     * Makes every message that is waiting or was given up on due now (a failed one starts its attempts afresh) and
     * sends them after commit.
     *
     * @return how many messages will be tried
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int retryNow() {
        Instant now = Instant.now(clock);
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
        queued.fire(new MessageQueued(0));
        return failed + waiting;
    }

    /** @return the most recent messages, newest first, for the outbox screen */
    public List<OutboxMessage> recent(int limit) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc",
                OutboxMessage.class).setMaxResults(limit).getResultList();
    }

    /** @return the messages about one ticket, oldest first */
    public List<OutboxMessage> forTicket(String ticketNumber) {
        return em.createQuery("select m from OutboxMessage m where m.ticketNumber = :number order by m.id",
                OutboxMessage.class).setParameter("number", ticketNumber).getResultList();
    }
}
