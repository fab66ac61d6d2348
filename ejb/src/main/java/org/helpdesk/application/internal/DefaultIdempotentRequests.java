package org.helpdesk.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.application.IdempotentRequests;
import org.helpdesk.domain.staff.Role;

/** Kept answers in the table {@code idempotency_key} (migration V70), by native SQL with parameters. */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class DefaultIdempotentRequests implements IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(DefaultIdempotentRequests.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Outcome> claim(String key, String fingerprint) {
        Optional<Outcome> kept = read(caller.username(), key);
        if (kept.isPresent()) {
            return kept;
        }
        em.createNativeQuery("INSERT INTO idempotency_key (username, request_key, fingerprint, status, created_at)"
                + " VALUES (?1, ?2, ?3, 0, ?4)")
                .setParameter(1, caller.username()).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, caller.now()).executeUpdate();
        return Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void complete(String key, int status, String location, String body) {
        em.createNativeQuery("UPDATE idempotency_key SET status = ?1, location = ?2, body = ?3"
                + " WHERE username = ?4 AND request_key = ?5")
                .setParameter(1, status).setParameter(2, location).setParameter(3, body)
                .setParameter(4, caller.username()).setParameter(5, key).executeUpdate();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> kept(String key) {
        return read(caller.username(), key);
    }

    /** Every hour: forgets the keys older than {@value #KEPT_HOURS} hours. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void forgetExpired() {
        int forgotten = em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, caller.now().minus(Duration.ofHours(KEPT_HOURS))).executeUpdate();
        if (forgotten > 0) {
            LOG.info(() -> "Forgot " + forgotten + " idempotency keys older than " + KEPT_HOURS + " hours");
        }
    }

    private Optional<Outcome> read(String username, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, status, location, body FROM idempotency_key"
                + " WHERE username = ?1 AND request_key = ?2")
                .setParameter(1, username).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new Outcome((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3]));
    }
}
