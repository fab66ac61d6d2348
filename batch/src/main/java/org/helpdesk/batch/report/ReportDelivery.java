package org.helpdesk.batch.report;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.helpdesk.infrastructure.mail.SmtpConnection;

/**
 * One partition of the step "deliver": sends the PENDING mails of the run whose id modulo {@code partitions} is
 * {@code partition}, one at a time on one SMTP connection ({@link SmtpConnection}), each sent and recorded in a
 * transaction of its own ({@link ReportDeliveries#send(long, SmtpConnection)}).
 * It needs no checkpoint: what is SENT is never picked again, so a restart sends exactly what is left. A mail that
 * fails stays FAILED with its reason for the retry schedule; the job still ends COMPLETED ({@link RunOutcome}).
 */
@Named
@Dependent
public class ReportDelivery extends AbstractBatchlet {

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Inject
    private ReportDeliveries deliveries;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String partition;

    @Inject
    @BatchProperty
    private String partitions;

    private volatile boolean stopRequested;

    @Override
    public String process() {
        RunParameters run = RunParameters.from(jobContext.getProperties(), clock);
        long instance = jobContext.getInstanceId();
        long after = 0;
        List<Long> page;
        try (SmtpConnection smtp = deliveries.connection()) {
            do {
                page = store.pendingDeliveries(instance, Integer.parseInt(partitions), Integer.parseInt(partition),
                        after, 100);
                for (Long id : page) {
                    if (stopRequested) {
                        return BatchStatus.STOPPED.name();
                    }
                    if (run.failDeliveryAfter() > 0 && store.sentCount(instance) >= run.failDeliveryAfter()) {
                        throw new IllegalStateException("Failure injected by the job parameter failDeliveryAfter="
                                + run.failDeliveryAfter());
                    }
                    deliveries.send(id, smtp);
                    after = id;
                }
            } while (!page.isEmpty());
        }
        return BatchStatus.COMPLETED.name();
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
