package org.helpdesk.batch.report;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Splits the run's customers into {@code partitions} id ranges of about the same size (three by default: both
 * cores stay busy while one partition waits on the database), each read by its own {@link CustomerReader}. Also records the run's month and customer count, the total of
 * the progress bar. On a restart the ranges of the first execution are kept.
 */
@Named
@Dependent
public class CustomerPartitionMapper implements PartitionMapper {

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Inject
    private Clock clock;

    @Override
    public PartitionPlan mapPartitions() {
        RunParameters run = RunParameters.from(jobContext.getProperties(), clock);
        int total = store.countCustomers(run);
        store.recordRun(jobContext.getInstanceId(), run, total, Instant.now(clock));
        List<Long> points = store.splitPoints(run, total, run.partitions());
        int count = points.size() + 1;
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("afterId", i == 0 ? "0" : String.valueOf(points.get(i - 1)));
            properties[i].setProperty("lastId", i == count - 1 ? "" : String.valueOf(points.get(i)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
