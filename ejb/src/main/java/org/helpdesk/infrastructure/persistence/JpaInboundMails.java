package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.mail.InboundMails;
import org.helpdesk.domain.mail.MailAttachment;
import org.helpdesk.domain.mail.MailError;
import org.helpdesk.domain.ticket.ServiceTicket;

/** {@link InboundMails} with JPQL. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaInboundMails implements InboundMails {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean exists(String messageId) {
        return !em.createQuery("select m.id from InboundMail m where m.messageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(InboundMail mail, List<MailAttachment> attachments) {
        em.persist(mail);
        attachments.forEach(em::persist);
    }

    @Override
    public Optional<InboundMail> byId(long id) {
        return Optional.ofNullable(em.find(InboundMail.class, id));
    }

    @Override
    public Map<String, String> ticketsOfMessageIds(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        em.createQuery("select m.messageId, t.number from InboundMail m join m.ticket t where m.messageId in :ids",
                        Object[].class)
                .setParameter("ids", messageIds).getResultList()
                .forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
    }

    @Override
    public Optional<Ends> endsOf(ServiceTicket ticket) {
        // One query for both ends.
        List<InboundMail> ends = em.createQuery("select m from InboundMail m where m.ticket = :ticket and"
                        + " (m.receivedAt = (select min(f.receivedAt) from InboundMail f where f.ticket = :ticket) or"
                        + " m.receivedAt = (select max(l.receivedAt) from InboundMail l where l.ticket = :ticket))"
                        + " order by m.receivedAt, m.id",
                        InboundMail.class)
                .setParameter("ticket", ticket).getResultList();
        return ends.isEmpty() ? Optional.empty() : Optional.of(new Ends(ends.get(0), ends.get(ends.size() - 1)));
    }

    @Override
    public List<InboundMail> ofTicket(ServiceTicket ticket) {
        return em.createQuery("select m from InboundMail m where m.ticket = :ticket order by m.receivedAt, m.id",
                InboundMail.class).setParameter("ticket", ticket).getResultList();
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(Collection<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.id, a.mail.id, a.fileName, a.contentType, a.size from MailAttachment a"
                        + " where a.mail.id in :ids order by a.mail.id, a.position", Object[].class)
                .setParameter("ids", mailIds).getResultList().stream()
                .map(row -> new AttachmentInfo((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                        (Long) row[4]))
                .toList();
    }

    @Override
    public Optional<Content> attachment(long attachmentId) {
        return em.createQuery("select a.fileName, a.contentType, a.content from MailAttachment a where a.id = :id",
                        Object[].class)
                .setParameter("id", attachmentId).getResultStream().findFirst()
                .map(row -> new Content((String) row[0], (String) row[1], (byte[]) row[2]));
    }

    @Override
    public List<InboundMail> waiting(int limit) {
        return em.createQuery("select m from InboundMail m left join fetch m.ticket left join fetch m.customer"
                        + " where m.attention is not null order by m.receivedAt, m.id", InboundMail.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long ticketsOpenedBy(String fromAddress, Instant since) {
        return em.createQuery("select count(m) from InboundMail m where m.fromAddress = :from"
                        + " and m.receivedAt >= :since and m.outcome = :opened", Long.class)
                .setParameter("from", fromAddress)
                .setParameter("since", since)
                .setParameter("opened", InboundMail.Outcome.NEW_TICKET)
                .getSingleResult();
    }

    @Override
    public void addError(MailError error) {
        em.persist(error);
    }

    @Override
    public Optional<MailError> error(long id) {
        return Optional.ofNullable(em.find(MailError.class, id));
    }

    @Override
    public List<MailError> errors(int limit) {
        return em.createQuery("select e from MailError e order by e.failedAt desc, e.id desc", MailError.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<MailError> retriesRequested(String mailbox) {
        return em.createQuery("select e from MailError e where e.mailbox = :mailbox and e.retryRequested = true"
                + " order by e.id", MailError.class).setParameter("mailbox", mailbox).getResultList();
    }
}
