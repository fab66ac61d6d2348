package org.helpdesk.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.statement.StatementEntry;

/** In-memory report data for the tests and the benchmark (seeded: the same data every run). */
public final class SampleData {

    static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final String[] SEVERITIES = {"HIGH", "AVERAGE", "LOW", "SECONDARY"};
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "CHAT", "REMOTE_ASSISTANCE", "WEB"};
    private static final String[] KINDS = {"SOFTWARE_NEW_REQUEST", "SOFTWARE_BUG", "HARDWARE"};

    private SampleData() {
    }

    /** A report with {@code calls} calls; call i has severity i % 4, so the counts per severity are known. */
    public static MonthlyReport monthly(int calls, Locale language) {
        Random random = new Random(42);
        List<MonthlyReport.Call> list = new ArrayList<>();
        int[] received = new int[4];
        for (int i = 0; i < calls; i++) {
            received[i % 4]++;
            list.add(new MonthlyReport.Call(String.format("HD-2026-%06d", i + 1),
                    Instant.parse("2026-03-01T08:00:00Z").plusSeconds(i * 2400L), CHANNELS[i % 5], KINDS[i % 3],
                    SEVERITIES[i % 4], "Subject of call " + (i + 1) + ": the invoices do not print",
                    i % 2 == 0 ? "CLOSED" : "TAKEN_IN_CHARGE", 10L + random.nextInt(100),
                    i % 3 == 0 ? null : 60L + random.nextInt(600), i % 2 == 0 ? 600L + random.nextInt(6000) : null,
                    30 + random.nextInt(200)));
        }
        List<MonthlyReport.SeverityLine> severities = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            severities.add(new MonthlyReport.SeverityLine(SEVERITIES[s], received[s],
                    Map.of("SOFTWARE_BUG", received[s]), Map.of("PHONE", received[s]), received[s] / 2,
                    received[s] - received[s] / 2));
        }
        List<MonthlyReport.MilestoneLine> milestones = new ArrayList<>();
        for (String milestone : List.of("TAKING_CHARGE", "FIRST_FEEDBACK", "RESOLUTION")) {
            for (int s = 0; s < 4; s++) {
                milestones.add(new MonthlyReport.MilestoneLine(milestone, SEVERITIES[s], received[s],
                        received[s] == 0 ? null : 45L, received[s] == 0 ? null : 90L, received[s] / 2));
            }
        }
        List<MonthlyReport.ProgrammingLine> programming = calls == 0 ? List.of() : List.of(
                new MonthlyReport.ProgrammingLine("PR-2026-000007", "Invoices: page break lost", "HIGH", "CLOSED",
                        null, null, "5.2.1", LocalDate.of(2026, 3, 12)),
                new MonthlyReport.ProgrammingLine("PR-2026-000009", "Export to XML", "LOW", "SCHEDULED",
                        LocalDate.of(2026, 5, 4), "2026.5", null, null));
        return new MonthlyReport("ROSSI", "Rossi Arredamenti S.r.l.", language, MONTH, LocalDate.of(2026, 4, 2),
                severities, milestones, programming, MonthlyReport.Satisfaction.none(), 12 * 60 + 5, 3 * 60 + 30, list);
    }

    /** {@code count} entries over a few customers and tickets; every tenth one after the first is a reversal. */
    public static List<StatementEntry> entries(int count) {
        List<StatementEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(i));
        }
        return entries;
    }

    public static StatementEntry entry(int i) {
        int customer = i / 1000;
        int ticket = i / 10;
        boolean reversal = i % 10 == 9;
        return new StatementEntry(String.format("C%04d", customer), "Customer " + customer + " S.p.A.",
                String.format("HD-2026-%06d", ticket + 1), 1000L + i, reversal ? 1000L + i - 1 : null,
                i % 2 == 0 ? "operator" : "programmer", LocalDate.of(2026, 3, 1 + i % 28),
                reversal ? -(15 + (i - 1) % 90) : 15 + i % 90, i % 3 == 0 ? "PROGRAMMING" : "HELP_DESK",
                reversal ? "Reversal of entry #" + (1000 + i - 1) + ": wrong ticket" : "Analysis, perché è lento");
    }

    static Instant producedAt() {
        return LocalDate.of(2026, 4, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
