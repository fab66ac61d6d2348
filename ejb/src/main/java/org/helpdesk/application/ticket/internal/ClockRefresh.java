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
import org.helpdesk.infrastructure.cluster.ClusterLeases;

/**
 * Every ten seconds, replays the clocks of the tickets whose readings are stale (tickets from before the clocks, or
 * open ones after the calendar or the targets changed), a batch per transaction, until none is left or a few seconds
 * have passed. On a cluster one server does it at a time (the lease {@code clock-refresh}); were two to do it, a replay
 * gives the same readings wherever it runs.
 */
@Singleton
@PermitAll
public class ClockRefresh {

    private static final Logger LOG = Logger.getLogger(ClockRefresh.class.getName());
    private static final int BATCH = 200;
    private static final long BUDGET_MILLIS = 5_000;

    @EJB
    private ClockRefreshBatch batch;

    @EJB
    private ClusterLeases leases;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        if (!leases.runsHere("clock-refresh")) {
            return;
        }
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
