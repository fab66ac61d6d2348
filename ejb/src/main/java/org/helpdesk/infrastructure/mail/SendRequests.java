package org.helpdesk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a sending of the outbox is queued and has not started yet: while one is, the mails committed meanwhile need
 * none of their own, since it sends every message due when it starts. Mail after mail committed in a burst (a
 * mailbox read after an outage) thus costs one sending, not one each.
 */
@ApplicationScoped
public class SendRequests {

    private final AtomicBoolean queued = new AtomicBoolean();

    /** @return true if the caller must queue a sending: none is waiting to start */
    boolean request() {
        return queued.compareAndSet(false, true);
    }

    /** The queued sending starts: a mail committed from now on needs a sending of its own. */
    void started() {
        queued.set(false);
    }
}
