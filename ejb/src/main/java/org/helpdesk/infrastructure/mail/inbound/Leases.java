package org.helpdesk.infrastructure.mail.inbound;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.helpdesk.domain.mail.MailboxLeases;

/** The mailbox leases, each call committed at once: a lease is worth something only once others can see it. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

    @Inject
    private MailboxLeases leases;

    @Inject
    private Clock clock;

    /** @return whether {@code holder} holds the mailbox's lease for {@code length} from now */
    public boolean acquire(String mailbox, String holder, Duration length) {
        Instant now = Instant.now(clock);
        return leases.acquire(mailbox, holder, now, now.plus(length));
    }

    public void release(String mailbox, String holder) {
        leases.release(mailbox, holder);
    }
}
