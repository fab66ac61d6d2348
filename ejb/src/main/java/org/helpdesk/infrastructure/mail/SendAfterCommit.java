package org.helpdesk.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts sending once the transaction that queued a mail has committed, never before: a change that rolls back
 * sends nothing. A plain CDI bean, so the committing thread never waits on the sender's lock.
 */
@ApplicationScoped
public class SendAfterCommit {

    @EJB
    private OutboxSender sender;

    @Inject
    private SendRequests requests;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MessageQueued queued) {
        // One sending queued at a time: it sends every message due when it starts, this one included.
        if (requests.request()) {
            sender.sendDueSoon();
        }
    }
}
