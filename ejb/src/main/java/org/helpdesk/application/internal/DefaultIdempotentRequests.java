package org.helpdesk.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.application.IdempotentRequests;
import org.helpdesk.domain.idempotency.IdempotencyKeys;
import org.helpdesk.domain.idempotency.IdempotencyKeys.KeptAnswer;
import org.helpdesk.domain.staff.Role;

/** Kept answers in {@link IdempotencyKeys}, under the caller's username. */
@Stateless
@RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class DefaultIdempotentRequests implements IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(DefaultIdempotentRequests.class.getName());

    @Inject
    private IdempotencyKeys keys;

    @Inject
    private Caller caller;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Outcome> claim(String key, String fingerprint) {
        Optional<Outcome> kept = read(caller.username(), key);
        if (kept.isPresent()) {
            return kept;
        }
        keys.claim(caller.username(), key, fingerprint, caller.now());
        return Optional.empty();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void complete(String key, int status, String location, String body) {
        keys.complete(caller.username(), key, status, location, body);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> kept(String key) {
        return read(caller.username(), key);
    }

    /** Every hour: forgets the keys older than {@value #KEPT_HOURS} hours. */
    // Persistent: on a cluster the timer lives in the database and one server clears each hour.
    @Schedule(hour = "*", minute = "23", persistent = true)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void forgetExpired() {
        int forgotten = keys.forgetClaimedBefore(caller.now().minus(Duration.ofHours(KEPT_HOURS)));
        if (forgotten > 0) {
            LOG.info(() -> "Forgot " + forgotten + " idempotency keys older than " + KEPT_HOURS + " hours");
        }
    }

    private Optional<Outcome> read(String username, String key) {
        return keys.find(username, key).map(DefaultIdempotentRequests::outcome);
    }

    private static Outcome outcome(KeptAnswer kept) {
        return new Outcome(kept.fingerprint(), kept.status(), kept.location(), kept.body());
    }
}
