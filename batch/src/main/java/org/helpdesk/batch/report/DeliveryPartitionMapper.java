package org.helpdesk.batch.report;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Properties;

/**
 * Splits the step "deliver" into {@code deliveryPartitions} senders (default 4: sending is mostly waiting on the
 * SMTP server), each taking the deliveries whose id modulo the count is its index.
 */
@Named
@Dependent
public class DeliveryPartitionMapper implements PartitionMapper {

    @Inject
    private JobContext jobContext;

    @Inject
    private Clock clock;

    @Override
    public PartitionPlan mapPartitions() {
        int count = RunParameters.from(jobContext.getProperties(), clock).deliveryPartitions();
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
            properties[i].setProperty("partitions", String.valueOf(count));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionProperties(properties);
        return plan;
    }
}
