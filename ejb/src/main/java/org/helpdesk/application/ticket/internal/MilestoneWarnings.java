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
 * Every thirty seconds, warns of the milestones that reached their warning share (default 80% of the target): once
 * per milestone, by mail to the ticket's operator or to every operator on duty while nobody has it. A batch per
 * transaction; the tickets are locked while warned, so two servers never warn of the same milestone.
 */
@Singleton
@PermitAll
public class MilestoneWarnings {

    private static final Logger LOG = Logger.getLogger(MilestoneWarnings.class.getName());
    private static final int BATCH = 100;

    @EJB
    private MilestoneWarningBatch batch;

    @EJB
    private ClusterLeases leases;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void warn() {
        if (!leases.runsHere("milestone-warnings")) {
            return;
        }
        try {
            while (batch.warn(BATCH) == BATCH) {
                // another batch is waiting
            }
        } catch (RuntimeException e) {
            // The database may be down; the next run warns of what this one could not.
            LOG.log(Level.WARNING, "Milestone warnings not sent: " + e.getMessage());
        }
    }
}
