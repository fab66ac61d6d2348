package org.helpdesk.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts sending once the transaction that queued a mail has committed, never before: a change that rolls back
 * sends nothing. A plain CDI bean, so the committing thread never waits on the sender's lock.
 */
@ApplicationScoped
public class SendAfterCommit {

    @EJB
    private OutboxSender sender;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MessageQueued queued) {
        sender.sendDueSoon();
    }
}
