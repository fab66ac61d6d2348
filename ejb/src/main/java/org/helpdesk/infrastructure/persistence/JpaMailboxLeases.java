package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.helpdesk.domain.mail.MailboxLeases;

/**
 * {@link MailboxLeases} on one row per mailbox: a conditional update renews or takes over an expired lease, and an
 * insert that only succeeds where no row exists takes a first one; two servers racing for a new row are decided by
 * the primary key.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaMailboxLeases implements MailboxLeases {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean acquire(String mailbox, String holder, Instant now, Instant until) {
        int renewed = em.createNativeQuery("UPDATE mailbox_lease SET holder = ?1, expires_at = ?2"
                        + " WHERE mailbox = ?3 AND (holder = ?1 OR expires_at < ?4)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, mailbox).setParameter(4, now)
                .executeUpdate();
        if (renewed == 1) {
            return true;
        }
        return em.createNativeQuery("INSERT INTO mailbox_lease (mailbox, holder, expires_at) SELECT ?1, ?2, ?3"
                        + " WHERE NOT EXISTS (SELECT 1 FROM mailbox_lease WHERE mailbox = ?1)")
                .setParameter(1, mailbox).setParameter(2, holder).setParameter(3, until)
                .executeUpdate() == 1;
    }

    @Override
    public void release(String mailbox, String holder) {
        em.createNativeQuery("DELETE FROM mailbox_lease WHERE mailbox = ?1 AND holder = ?2")
                .setParameter(1, mailbox).setParameter(2, holder).executeUpdate();
    }
}
