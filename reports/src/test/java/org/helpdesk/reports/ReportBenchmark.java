package org.helpdesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.ZoneOffset;
import java.util.Locale;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;
import org.helpdesk.reports.statement.StatementCsv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the rendering figures: a monthly report of 1,000 calls as PDF, and a statement of 100,000 entries
 * streamed as CSV with the heap used along the way. Not part of the build: {@code ./mvnw -pl reports test -Dbenchmark}.
 */
@Tag("benchmark")
class ReportBenchmark {

    @Test
    void figures() {
        MonthlyReport report = SampleData.monthly(1000, Locale.ITALIAN);
        MonthlyReportPdf pdf = new MonthlyReportPdf(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            pdf.write(report, new ByteArrayOutputStream()); // warm-up: class loading, fonts, JIT
        }
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int i = 0; i < 5; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            pdf.write(report, out);
            best = Math.min(best, System.nanoTime() - start);
            size = out.size();
        }
        System.out.printf("monthly report, 1,000 calls: best of 5 %d ms, %d KB%n", best / 1_000_000, size / 1024);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] counted = new long[1];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                counted[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                counted[0] += len;
            }
        };
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long maxAfterGc = 0;
        long start = System.nanoTime();
        try (StatementCsv csv = new StatementCsv(StatementTest.header(Locale.ENGLISH), sink)) {
            for (int i = 0; i < 100_000; i++) {
                csv.add(SampleData.entry(i)); // made one at a time, as the database cursor hands them over
                if (i % 20_000 == 19_999) {
                    System.gc();
                    maxAfterGc = Math.max(maxAfterGc, memory.getHeapMemoryUsage().getUsed());
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("statement CSV, 100,000 entries: %d ms (with 5 forced GCs), %d MB written;"
                + " heap after GC before %d MB, highest after GC while streaming %d MB%n", ms, counted[0] >> 20,
                heapBefore >> 20, maxAfterGc >> 20);
    }
}
