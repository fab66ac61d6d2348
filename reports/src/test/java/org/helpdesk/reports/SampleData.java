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

    private static final String[][] SUBJECTS = {
        {"Invoice print fails with error 1042", "Stampa fattura in errore 1042"},
        {"Warehouse module: stock totals wrong after transfer", "Magazzino: giacenze errate dopo il trasferimento"},
        {"New report: sales by agent and month", "Nuovo report: vendite per agente e mese"},
        {"Login very slow since this morning", "Accesso molto lento da stamattina"},
        {"Barcode scanner not recognised", "Lettore barcode non riconosciuto"},
        {"Export to accounting: VAT codes missing", "Export contabilità: mancano i codici IVA"},
        {"Add field 'delivery notes' to orders", "Aggiungere il campo 'note di consegna' agli ordini"},
        {"Printer on reception desk offline", "Stampante della reception non in linea"},
        {"E-invoice rejected by exchange system", "Fattura elettronica scartata dallo SDI"},
        {"Crash when closing the fiscal year", "Blocco durante la chiusura dell'esercizio"},
    };
    private static final String[] STATES = {"NEW", "TAKEN_IN_CHARGE", "IN_PROGRAMMING", "AWAITING_VERIFICATION",
        "VERIFIED", "CLOSED", "CLOSED", "CLOSED"};

    /**
     * A month as a demo customer has it: the demo's subjects in the customer's language, every channel, kind and
     * state, programming tickets with long titles, answered questionnaires, clock modes and the resolution split.
     */
    public static MonthlyReport realistic(int calls, Locale language) {
        boolean italian = "it".equals(language.getLanguage());
        Random random = new Random(7);
        MonthlyReport base = monthly(calls, language);
        List<MonthlyReport.Call> list = new ArrayList<>();
        int[] received = new int[4];
        int[] closed = new int[4];
        List<Map<String, Integer>> kinds = new ArrayList<>();
        List<Map<String, Integer>> channels = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            kinds.add(new java.util.HashMap<>());
            channels.add(new java.util.HashMap<>());
        }
        for (int i = 0; i < calls; i++) {
            int s = i % 7 == 0 ? 0 : i % 3 == 0 ? 1 : i % 5 == 0 ? 3 : 2;
            String state = STATES[i % STATES.length];
            received[s]++;
            closed[s] += state.equals("CLOSED") ? 1 : 0;
            kinds.get(s).merge(KINDS[i % 3], 1, Integer::sum);
            channels.get(s).merge(CHANNELS[i % 5], 1, Integer::sum);
            boolean resolved = state.equals("CLOSED") || state.equals("VERIFIED") || state.equals("AWAITING_VERIFICATION");
            list.add(new MonthlyReport.Call(String.format("HD-2026-%06d", 1200 + i),
                    Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i * 52_000L), CHANNELS[i % 5], KINDS[i % 3],
                    SEVERITIES[s], SUBJECTS[i % SUBJECTS.length][italian ? 1 : 0], state,
                    state.equals("NEW") ? null : 5L + random.nextInt(300),
                    state.equals("NEW") ? null : 30L + random.nextInt(1500),
                    resolved ? 200L + random.nextInt(40_000) : null, state.equals("NEW") ? 0 : 15 + random.nextInt(400)));
        }
        List<MonthlyReport.SeverityLine> severities = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            severities.add(new MonthlyReport.SeverityLine(SEVERITIES[s], received[s], kinds.get(s), channels.get(s),
                    closed[s], received[s] - closed[s]));
        }
        List<MonthlyReport.MilestoneLine> milestones = new ArrayList<>();
        for (String milestone : List.of("TAKING_CHARGE", "FIRST_FEEDBACK", "RESOLUTION")) {
            for (int s = 0; s < 4; s++) {
                long scale = milestone.equals("RESOLUTION") ? 600 : milestone.equals("FIRST_FEEDBACK") ? 90 : 20;
                milestones.add(new MonthlyReport.MilestoneLine(milestone, SEVERITIES[s], received[s],
                        received[s] == 0 ? null : scale * (s + 1), received[s] == 0 ? null : scale * (s + 3),
                        received[s] - received[s] / 5));
            }
        }
        List<MonthlyReport.ProgrammingLine> programming = List.of(
                new MonthlyReport.ProgrammingLine("PR-2026-000031", italian
                        ? "Stampa fatture: il salto pagina si perde con più di cento righe di dettaglio"
                        : "Invoice printing: the page break is lost with more than a hundred detail lines",
                        "HIGH", "CLOSED", null, null, "5.2.1", LocalDate.of(2026, 3, 12)),
                new MonthlyReport.ProgrammingLine("PR-2026-000034", italian
                        ? "Export verso la contabilità: aggiungere i codici IVA agevolati e la natura dell'operazione"
                        : "Export to accounting: add the reduced VAT codes and the nature of the transaction",
                        "AVERAGE", "SCHEDULED", LocalDate.of(2026, 5, 4), "2026.5", null, null),
                new MonthlyReport.ProgrammingLine("PR-2026-000036", italian
                        ? "Nuovo report delle vendite per agente e mese"
                        : "New report of sales by agent and month",
                        "LOW", "IN_PROGRESS", LocalDate.of(2026, 4, 20), "2026.4", null, null));
        List<String> questions = italian
                ? List.of("Rapidità della presa in carico", "Competenza dell'operatore", "Chiarezza della comunicazione",
                        "Qualità della soluzione", "Giudizio complessivo")
                : List.of("Speed of taking charge", "Competence of the operator", "Clarity of communication",
                        "Quality of the solution", "Overall rating");
        MonthlyReport.Satisfaction satisfaction = new MonthlyReport.Satisfaction(9, 6, questions,
                Map.of("HIGH", List.of(4.5, 4.0, 4.5, 3.5, 4.0), "AVERAGE", List.of(3.67, 4.33, 4.0, 4.0, 4.0),
                        "LOW", List.of(5.0, 4.5, 4.0, 4.5, 4.5), "ALL", List.of(4.33, 4.33, 4.17, 4.0, 4.17)),
                Map.of("HIGH", 4.1, "AVERAGE", 4.0, "LOW", 4.5, "ALL", 4.2));
        return new MonthlyReport(base.customerCode(), "Rossi Arredamenti S.r.l.", language, MONTH,
                LocalDate.of(2026, 4, 1), severities, milestones, programming, satisfaction, 38 * 60 + 45, 12 * 60 + 20,
                list, Map.of("HIGH", "ROUND_THE_CLOCK", "AVERAGE", "BUSINESS_HOURS", "LOW", "BUSINESS_HOURS",
                        "SECONDARY", "BUSINESS_HOURS"),
                List.of(new MonthlyReport.SplitLine("HIGH", 3, 410, 1260),
                        new MonthlyReport.SplitLine("AVERAGE", 4, 1820, 2400),
                        new MonthlyReport.SplitLine("LOW", 9, 5200, 0)),
                List.of(new MonthlyReport.MonthSummary(MONTH.minusMonths(5), 31, 31, 88, 80, 4.4, 1500, 1),
                        new MonthlyReport.MonthSummary(MONTH.minusMonths(4), 38, 37, 110, 96, null, 1720, 2),
                        new MonthlyReport.MonthSummary(MONTH.minusMonths(3), 35, 33, 101, 90, 3.9, 2010, 3),
                        new MonthlyReport.MonthSummary(MONTH.minusMonths(2), 29, 27, 84, 70, 4.1, 1640, 2),
                        new MonthlyReport.MonthSummary(MONTH.minusMonths(1), 40, 36, 118, 92, 4.0, 2480, 3),
                        new MonthlyReport.MonthSummary(MONTH, calls, 16, 117, 97, 4.2, 51 * 60 + 5, 2)),
                programming.subList(1, 3));
    }

    /** {@link #monthly} with the six months' trend and the programming still open, as the application makes it. */
    public static MonthlyReport monthlyWithTrend(int calls, Locale language) {
        MonthlyReport m = monthly(calls, language);
        List<MonthlyReport.MonthSummary> trend = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            trend.add(new MonthlyReport.MonthSummary(MONTH.minusMonths(i), calls - i, calls / 2 - i, 3 * calls,
                    2 * calls + i, i == 2 ? null : 3.5 + i / 10.0, 600L * (i + 1), i % 3));
        }
        return new MonthlyReport(m.customerCode(), m.customerName(), m.language(), m.month(), m.issuedOn(),
                m.severities(), m.milestones(), m.programming(), m.satisfaction(), m.helpDeskMinutes(),
                m.programmingMinutes(), m.calls(), m.clockModes(), m.resolutionSplit(), trend,
                m.programming().subList(Math.min(1, m.programming().size()), m.programming().size()));
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
