package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds, replays the clocks of the tickets whose readings are stale (tickets from before the clocks, or
 * open ones after the calendar or the targets changed), a batch per transaction, until none is left or a few seconds
 * have passed. Several servers may do it at once: a replay gives the same readings wherever it runs.
 */
@Singleton
@PermitAll
public class ClockRefresh {

    private static final Logger LOG = Logger.getLogger(ClockRefresh.class.getName());
    private static final int BATCH = 200;
    private static final long BUDGET_MILLIS = 5_000;

    @EJB
    private ClockRefreshBatch batch;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        long until = System.currentTimeMillis() + BUDGET_MILLIS;
        try {
            int done;
            do {
                done = batch.refresh(BATCH);
            } while (done == BATCH && System.currentTimeMillis() < until);
        } catch (RuntimeException e) {
            // The database may be down, or two servers replayed the same ticket; the next run goes on.
            LOG.log(Level.WARNING, "Milestone clocks not refreshed: " + e.getMessage());
        }
    }
}
