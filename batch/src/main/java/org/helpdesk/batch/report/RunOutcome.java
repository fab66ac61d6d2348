package org.helpdesk.batch.report;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ends a completed run with the exit status {@code COMPLETED_WITH_FAILURES} when a customer or a mail failed. */
@Named
@Dependent
public class RunOutcome extends AbstractJobListener {

    static final String WITH_FAILURES = "COMPLETED_WITH_FAILURES";

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Override
    public void afterJob() {
        if (jobContext.getBatchStatus() == BatchStatus.STARTED || jobContext.getBatchStatus() == BatchStatus.COMPLETED) {
            if (store.failureCount(jobContext.getInstanceId()) > 0) {
                jobContext.setExitStatus(WITH_FAILURES);
            }
        }
    }
}
