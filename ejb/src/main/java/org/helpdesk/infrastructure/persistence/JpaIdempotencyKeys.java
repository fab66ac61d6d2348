package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.idempotency.IdempotencyKeys;

/**
 * {@link IdempotencyKeys} in the table {@code idempotency_key} (migration V70), by native SQL with parameters. The
 * claim is an insert: the key's primary key makes a concurrent claim of the same key wait for this one.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<KeptAnswer> find(String username, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, status, location, body FROM idempotency_key"
                + " WHERE username = ?1 AND request_key = ?2")
                .setParameter(1, username).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new KeptAnswer((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3]));
    }

    @Override
    public void claim(String username, String key, String fingerprint, Instant at) {
        em.createNativeQuery("INSERT INTO idempotency_key (username, request_key, fingerprint, status, created_at)"
                + " VALUES (?1, ?2, ?3, 0, ?4)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, at).executeUpdate();
    }

    @Override
    public void complete(String username, String key, int status, String location, String body) {
        em.createNativeQuery("UPDATE idempotency_key SET status = ?1, location = ?2, body = ?3"
                + " WHERE username = ?4 AND request_key = ?5")
                .setParameter(1, status).setParameter(2, location).setParameter(3, body)
                .setParameter(4, username).setParameter(5, key).executeUpdate();
    }

    @Override
    public int forgetClaimedBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }
}
