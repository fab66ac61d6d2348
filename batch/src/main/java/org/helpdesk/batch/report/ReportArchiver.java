package org.helpdesk.batch.report;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Archives the chunk's reports and queues their mails (PENDING deliveries), or records the customers that failed,
 * all in the chunk's transaction together with its checkpoint: after a crash, either the whole chunk is there or
 * none of it is. Nothing is mailed here: the step "deliver" sends what was committed.
 */
@Named
@Dependent
public class ReportArchiver extends AbstractItemWriter {

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Inject
    private Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        long instance = jobContext.getInstanceId();
        RunParameters run = RunParameters.from(jobContext.getProperties(), clock);
        for (Object item : items) {
            if (item instanceof BuiltReport report) {
                store.archive(report, instance);
            } else if (item instanceof FailedCustomer failed) {
                store.recordFailure(failed.customerId(), run.month(), instance, failed.reason(), Instant.now(clock));
            }
        }
    }
}
