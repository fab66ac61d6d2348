package org.helpdesk.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Runs N workers in a closed loop (each starts its next operation as soon as the previous one answered) for a
 * warm-up, then for a measured window, and reports throughput and latency over that window only. The window's
 * edges are timer events, which also take the resource snapshots.
 */
final class ClosedLoop {

    /** One worker's operation; false (or an exception) counts as an error. */
    interface Worker extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    @FunctionalInterface
    interface WorkerFactory {
        Worker create(int index) throws Exception;
    }

    /** What one run measured. Latencies in microseconds. */
    record Result(String name, int workers, long operations, double seconds, Histogram latency, long errors,
            String firstError, ResourceMeter.Usage usage) {

        double perSecond() {
            return operations / seconds;
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private ClosedLoop() {
    }

    static Result run(String name, int workers, Duration warmup, Duration window, WorkerFactory factory,
            ResourceMeter meter) throws Exception {
        List<Worker> created = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                created.add(factory.create(i));
            }
            return run(name, created, warmup, window, meter);
        } finally {
            for (Worker w : created) {
                w.close();
            }
        }
    }

    private static Result run(String name, List<Worker> workers, Duration warmup, Duration window,
            ResourceMeter meter) throws Exception {
        AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            List<Future<Histogram>> running = new ArrayList<>();
            for (Worker worker : workers) {
                running.add(pool.submit(() -> {
                    Histogram histogram = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
                    go.await();
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= windowEnd.get()) {
                            return histogram;
                        }
                        boolean ok;
                        String failure = null;
                        try {
                            ok = worker.call();
                        } catch (Exception e) {
                            ok = false;
                            failure = e.toString();
                        }
                        long t1 = System.nanoTime();
                        if (!ok) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, failure != null ? failure : "operation refused");
                        } else if (t0 >= windowStart.get() && t1 <= windowEnd.get()) {
                            histogram.recordValue(Math.max(1, Math.min((t1 - t0) / 1000, TimeUnit.SECONDS.toMicros(60))));
                        }
                    }
                }));
            }
            ScheduledFuture<ResourceMeter.Snapshot> start = timer.schedule(() -> {
                ResourceMeter.Snapshot s = meter.take();
                windowStart.set(System.nanoTime());
                return s;
            }, warmup.toMillis(), TimeUnit.MILLISECONDS);
            ScheduledFuture<ResourceMeter.Snapshot> end = timer.schedule(() -> {
                windowEnd.set(System.nanoTime());
                return meter.take();
            }, warmup.plus(window).toMillis(), TimeUnit.MILLISECONDS);
            go.countDown();
            Histogram total = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
            for (Future<Histogram> f : running) {
                total.add(f.get());
            }
            ResourceMeter.Snapshot first = start.get();
            ResourceMeter.Snapshot last = end.get();
            double seconds = (windowEnd.get() - windowStart.get()) / 1e9;
            return new Result(name, workers.size(), total.getTotalCount(), seconds, total, errors.get(),
                    firstError.get(), last.minus(first));
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    /** Workers that perform a fixed list of operations one after the other, for latency samples. */
    static Result sequence(String name, List<? extends Worker> operations, int warmupOperations, ResourceMeter meter) {
        Histogram histogram = new Histogram(1, TimeUnit.SECONDS.toMicros(60), 3);
        long errors = 0;
        String firstError = null;
        for (int i = 0; i < warmupOperations; i++) {
            try {
                operations.get(i % operations.size()).call();
            } catch (Exception e) {
                // counted in the measured pass below
            }
        }
        ResourceMeter.Snapshot first = meter.take();
        long started = System.nanoTime();
        for (Worker op : operations) {
            long t0 = System.nanoTime();
            boolean ok;
            String failure = null;
            try {
                ok = op.call();
            } catch (Exception e) {
                ok = false;
                failure = e.toString();
            }
            long t1 = System.nanoTime();
            if (ok) {
                histogram.recordValue(Math.max(1, (t1 - t0) / 1000));
            } else {
                errors++;
                if (firstError == null) {
                    firstError = failure != null ? failure : "operation refused";
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(name, 1, histogram.getTotalCount(), seconds, histogram, errors, firstError,
                meter.take().minus(first));
    }
}
