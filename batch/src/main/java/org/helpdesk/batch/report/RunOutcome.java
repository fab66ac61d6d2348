package org.helpdesk.batch.report;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.helpdesk.application.cluster.Cluster;

/**
 * Holds the run's lease while it runs on this server ({@code monthly-run-EXECUTION}, renewed with the server's
 * heartbeat): when the server dies mid-run, the lease expires and another server of the cluster restarts the run from
 * its last checkpoint ({@code MonthlyRunScheduler}). Ends a completed run with the exit status
 * {@code COMPLETED_WITH_FAILURES} when a customer or a mail failed.
 */
@Named
@Dependent
public class RunOutcome extends AbstractJobListener {

    static final String WITH_FAILURES = "COMPLETED_WITH_FAILURES";
    private static final Logger LOG = Logger.getLogger(RunOutcome.class.getName());

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @EJB
    private Cluster cluster;

    @Override
    public void beforeJob() {
        try {
            cluster.runStarted(jobContext.getExecutionId());
        } catch (RuntimeException e) {
            // Without its lease the run goes on here; only a takeover by another server is lost if this one dies.
            LOG.warning("The lease of monthly report run execution " + jobContext.getExecutionId()
                    + " could not be created: " + e.getMessage());
        }
    }

    @Override
    public void afterJob() {
        try {
            cluster.runEnded(jobContext.getExecutionId());
        } catch (RuntimeException e) {
            LOG.warning("The lease of monthly report run execution " + jobContext.getExecutionId()
                    + " could not be ended (it expires by itself): " + e.getMessage());
        }
        if (jobContext.getBatchStatus() == BatchStatus.STARTED || jobContext.getBatchStatus() == BatchStatus.COMPLETED) {
            if (store.failureCount(jobContext.getInstanceId()) > 0) {
                jobContext.setExitStatus(WITH_FAILURES);
            }
        }
    }
}
