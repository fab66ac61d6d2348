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
 * Splits the run's customers into id ranges of about the same number of customers, {@value #RANGES_PER_THREAD} per
 * thread, and builds them on {@code partitions} threads (three by default: both cores stay busy while one thread
 * waits on the database), each range read by its own {@link CustomerReader}. Customers differ in size, so equal
 * ranges are not equal work: with many small ranges, a thread that finishes early takes the next one, and the run
 * does not end on one thread working through the biggest customers alone. Also records the run's month and customer
 * count, the total of the progress bar. On a restart the ranges of the first execution are kept.
 */
@Named
@Dependent
public class CustomerPartitionMapper implements PartitionMapper {

    /** Ranges per building thread. */
    static final int RANGES_PER_THREAD = 8;

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
        List<Long> points = store.splitPoints(run, total, run.partitions() * RANGES_PER_THREAD);
        int count = points.size() + 1;
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("afterId", i == 0 ? "0" : String.valueOf(points.get(i - 1)));
            properties[i].setProperty("lastId", i == count - 1 ? "" : String.valueOf(points.get(i)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(Math.min(count, run.partitions()));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
