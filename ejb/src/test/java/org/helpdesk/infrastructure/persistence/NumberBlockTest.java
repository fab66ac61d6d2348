package org.helpdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NumberBlockTest {

    /** A database sequence as PostgreSQL and H2 run one: every nextval is the previous one plus the increment. */
    private static final class FakeSequence implements NumberBlock.Sequence {
        final long increment;
        final AtomicLong last;
        final AtomicInteger nextvalCalls = new AtomicInteger();
        final AtomicInteger incrementReads = new AtomicInteger();

        FakeSequence(long increment, long lastValue) {
            this.increment = increment;
            this.last = new AtomicLong(lastValue);
        }

        @Override
        public long increment() {
            incrementReads.incrementAndGet();
            return increment;
        }

        @Override
        public long nextval() {
            nextvalCalls.incrementAndGet();
            return last.addAndGet(increment);
        }
    }

    @Test
    void oneNextvalServesAWholeBlockInIncreasingOrder() {
        FakeSequence sequence = new FakeSequence(50, -49); // a fresh sequence: its first nextval is 1
        NumberBlock block = new NumberBlock();

        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            values.add(block.next(sequence));
        }

        assertEquals(1L, values.get(0));
        assertEquals(120L, values.get(119));
        for (int i = 1; i < values.size(); i++) {
            assertEquals(values.get(i - 1) + 1, values.get(i));
        }
        assertEquals(3, sequence.nextvalCalls.get());
        assertEquals(1, sequence.incrementReads.get());
    }

    @Test
    void twoServersOnOneSequenceNeverShareAValue() {
        // A sequence already used one by one up to 123, before V50 made its increment 50.
        FakeSequence sequence = new FakeSequence(50, 123);
        NumberBlock first = new NumberBlock();
        NumberBlock second = new NumberBlock();
        Set<Long> seen = new HashSet<>();

        for (int i = 0; i < 500; i++) {
            assertTrue(seen.add(first.next(sequence)));
            assertTrue(seen.add(second.next(sequence)));
            if (i % 7 == 0) {
                assertTrue(seen.add(second.next(sequence)));
            }
        }

        assertTrue(seen.stream().allMatch(v -> v > 123), "values given out before stay below every block");
    }

    @Test
    void aRestartedServerStartsANewBlockAboveTheOldOne() {
        FakeSequence sequence = new FakeSequence(50, -49);
        NumberBlock before = new NumberBlock();
        long last = 0;
        for (int i = 0; i < 10; i++) {
            last = before.next(sequence);
        }

        long afterRestart = new NumberBlock().next(sequence);

        assertEquals(10, last);
        assertEquals(51, afterRestart); // 11 to 50, the rest of the old block, are never used: a gap
    }

    @Test
    void anIncrementOfOneIsThePlainSequence() {
        FakeSequence sequence = new FakeSequence(1, 0);
        NumberBlock block = new NumberBlock();

        assertEquals(1, block.next(sequence));
        assertEquals(2, block.next(sequence));
        assertEquals(2, sequence.nextvalCalls.get());
    }

    @Test
    void aSequenceWithoutAPositiveIncrementIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NumberBlock().next(new FakeSequence(0, 0)));
        assertEquals("A sequence that hands out blocks needs a positive increment, not 0.", e.getMessage());
    }

    @Test
    void concurrentCallersGetUniqueValuesWithoutHoles() throws Exception {
        FakeSequence sequence = new FakeSequence(50, -49);
        NumberBlock block = new NumberBlock();
        int threads = 8;
        int each = 5_000;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<long[]> taker = () -> {
                    go.await();
                    long[] taken = new long[each];
                    for (int i = 0; i < each; i++) {
                        taken[i] = block.next(sequence);
                    }
                    return taken;
                };
                results.add(pool.submit(taker));
            }
            go.countDown();
            Set<Long> all = new HashSet<>();
            for (Future<long[]> f : results) {
                long previous = 0;
                for (long v : f.get()) {
                    assertTrue(all.add(v), "given twice: " + v);
                    assertTrue(v > previous, "one caller's values increase");
                    previous = v;
                }
            }
            assertEquals(threads * each, all.size());
            assertEquals(1L, all.stream().mapToLong(Long::longValue).min().orElseThrow());
            assertEquals((long) threads * each, all.stream().mapToLong(Long::longValue).max().orElseThrow());
            assertEquals(threads * each / 50, sequence.nextvalCalls.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
