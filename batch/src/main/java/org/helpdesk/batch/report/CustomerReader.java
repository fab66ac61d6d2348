package org.helpdesk.batch.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Streams the ids of one partition's customers in id order, a keyset page of {@value #PAGE} at a time: never all
 * customers in memory. The checkpoint is the last id read, so a restart goes on after it.
 */
@Named
@Dependent
public class CustomerReader extends AbstractItemReader {

    static final int PAGE = 100;

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Inject
    private Clock clock;

    /** Ids of this partition are greater than this one. */
    @Inject
    @BatchProperty
    private String afterId;

    /** Ids of this partition are at most this one; empty for the last partition. */
    @Inject
    @BatchProperty
    private String lastId;

    private RunParameters run;
    private Long upper;
    private long last;
    private final Deque<Long> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        run = RunParameters.from(jobContext.getProperties(), clock);
        upper = lastId == null || lastId.isBlank() ? null : Long.valueOf(lastId);
        last = checkpoint != null ? (Long) checkpoint : afterId == null || afterId.isBlank() ? 0 : Long.parseLong(afterId);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(store.customerIds(run, last, upper, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            last = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
