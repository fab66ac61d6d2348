package org.helpdesk.reports.monthly;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.helpdesk.reports.Archival;
import org.helpdesk.reports.Branding;
import org.helpdesk.reports.Durations;
import org.helpdesk.reports.Templates;
import org.helpdesk.reports.monthly.MonthlyReport.Call;
import org.helpdesk.reports.monthly.MonthlyReport.MilestoneLine;
import org.helpdesk.reports.monthly.MonthlyReport.MonthSummary;
import org.helpdesk.reports.monthly.MonthlyReport.ProgrammingLine;
import org.helpdesk.reports.monthly.MonthlyReport.SeverityLine;

/**
 * Renders a {@link MonthlyReport} as a PDF/A-1b, or PDF/A-1a tagged for screen readers ({@link Archival}), in the customer's language (Italian or English), with the DejaVu fonts
 * embedded, numbers written the locale's way in the tables and the charts alike, branded with the help desk's
 * {@link Branding}. A month without calls gives a one-page report that says so.
 */
public final class MonthlyReportPdf {

    static final List<String> SEVERITIES = List.of("HIGH", "AVERAGE", "LOW", "SECONDARY");
    static final List<String> KINDS = List.of("SOFTWARE_NEW_REQUEST", "SOFTWARE_BUG", "HARDWARE");
    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "REMOTE_ASSISTANCE", "WEB");
    /** The tables' templates, by name: given to the report as a parameter, whatever class loader fills it. */
    static final List<String> TABLES = List.of("table_glance", "table_open_programming", "table_severity",
            "table_channel", "table_milestone", "table_split", "table_programming", "table_satisfaction", "table_hours");

    /** {@code -Dhelpdesk.reports.tagged=true}: monthly reports tagged for screen readers (PDF/A-1a). */
    public static final String TAGGED = "helpdesk.reports.tagged";

    private final ZoneId zone;
    private final Branding branding;
    private final boolean tagged;

    /**
     * @param zone the time zone the report's dates are shown in; branded and tagged (or not) as the system properties
     *        say
     */
    public MonthlyReportPdf(ZoneId zone) {
        this(zone, Branding.current(), Boolean.getBoolean(TAGGED));
    }

    /** @param zone the time zone the report's dates are shown in; not tagged (PDF/A-1b) */
    public MonthlyReportPdf(ZoneId zone, Branding branding) {
        this(zone, branding, false);
    }

    /**
     * @param zone the time zone the report's dates are shown in
     * @param tagged PDF/A-1a, tagged for screen readers; else PDF/A-1b (see {@link Archival} for the cost)
     */
    public MonthlyReportPdf(ZoneId zone, Branding branding, boolean tagged) {
        this.zone = zone;
        this.branding = branding;
        this.tagged = tagged;
    }

    /** Writes the report as PDF to {@code out} (which stays open). */
    public void write(MonthlyReport report, OutputStream out) {
        try {
            JasperPrint print = fill(report);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(Archival.pdfA(Templates.labels(report.language()).getString("monthly.title")
                    + " " + report.customerCode() + " " + report.month(), branding.name(), report.language(), tagged));
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("The monthly report of " + report.customerCode() + " for "
                    + report.month() + " could not be rendered.", e);
        }
    }

    JasperPrint fill(MonthlyReport report) throws JRException {
        Locale locale = Templates.supported(report.language());
        ResourceBundle labels = Templates.labels(locale);
        // Day, abbreviated month and year ("4 Apr 2026", "4 apr 2026"): a customer abroad cannot misread it, as they
        // could "4/5/26", and it is the same width in both languages.
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        // fillReport adds its own entries to the map: a mutable one.
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> tables = new HashMap<>();
        TABLES.forEach(name -> tables.put(name, Templates.get(name)));
        p.put("TABLES", tables);
        p.put("BRAND_NAME", branding.name());
        p.put("BRAND_ADDRESS", branding.address());
        p.put("BRAND_LOGO", branding.logo());
        p.put("BRAND_COLOR", branding.color());
        p.put("BRAND_TINT", branding.tint());
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("CUSTOMER", report.customerCode() + " - " + report.customerName());
        String month = report.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
        p.put("PERIOD", month + " " + report.month().getYear());
        p.put("ISSUED", date.format(report.issuedOn()));

        List<Map<String, ?>> severityRows = new ArrayList<>();
        List<Map<String, ?>> channelRows = new ArrayList<>();
        int[] kindTotals = new int[KINDS.size()];
        int[] channelTotals = new int[CHANNELS.size()];
        int received = 0;
        int closed = 0;
        int open = 0;
        List<String> chartLabels = new ArrayList<>();
        List<Integer> chartValues = new ArrayList<>();
        for (SeverityLine line : report.severities()) {
            String severity = Templates.label(labels, "severity." + line.severity());
            List<String> cells = new ArrayList<>(List.of(severity, n(line.received(), integers), n(line.closed(), integers),
                    n(line.open(), integers)));
            for (int i = 0; i < KINDS.size(); i++) {
                int count = line.byKind().getOrDefault(KINDS.get(i), 0);
                kindTotals[i] += count;
                cells.add(n(count, integers));
            }
            severityRows.add(row(cells, false));
            List<String> channelCells = new ArrayList<>(List.of(severity));
            for (int i = 0; i < CHANNELS.size(); i++) {
                int count = line.byChannel().getOrDefault(CHANNELS.get(i), 0);
                channelTotals[i] += count;
                channelCells.add(n(count, integers));
            }
            channelRows.add(row(channelCells, false));
            received += line.received();
            closed += line.closed();
            open += line.open();
            chartLabels.add(severity);
            chartValues.add(line.received());
        }
        String total = labels.getString("monthly.total");
        List<String> totalCells = new ArrayList<>(List.of(total, n(received, integers), n(closed, integers),
                n(open, integers)));
        for (int count : kindTotals) {
            totalCells.add(n(count, integers));
        }
        severityRows.add(row(totalCells, true));
        List<String> channelTotalCells = new ArrayList<>(List.of(total));
        for (int count : channelTotals) {
            channelTotalCells.add(n(count, integers));
        }
        channelRows.add(row(channelTotalCells, true));
        List<String> severityHeaders = new ArrayList<>(List.of(labels.getString("monthly.severity"),
                labels.getString("monthly.received"), labels.getString("monthly.closed"),
                labels.getString("monthly.open")));
        KINDS.forEach(k -> severityHeaders.add(Templates.label(labels, "kind." + k)));
        List<String> channelHeaders = new ArrayList<>(List.of(labels.getString("monthly.severity")));
        CHANNELS.forEach(c -> channelHeaders.add(Templates.label(labels, "channel." + c)));
        p.put("SEVERITY_ROWS", severityRows);
        p.put("SEVERITY_HEADERS", severityHeaders);
        p.put("CHANNEL_ROWS", channelRows);
        p.put("CHANNEL_HEADERS", channelHeaders);
        p.put("CALLS_CHART", Charts.bars(labels.getString("monthly.chart.calls"), chartLabels, chartValues, 0,
                labels.getString("monthly.chart.empty"), 380, 104, locale, branding.awtColor()));
        p.put("CALLS_CHART_ALT", alt(labels.getString("monthly.chart.calls"), chartLabels,
                chartValues.stream().map(v -> n(v, integers)).toList(), labels));

        List<Map<String, ?>> milestoneRows = new ArrayList<>();
        for (MilestoneLine line : report.milestones()) {
            if (line.reached() == 0) {
                continue; // keeps a quiet month on one page; a severity without calls has nothing to measure
            }
            milestoneRows.add(row(List.of(Templates.label(labels, "milestone." + line.milestone()),
                    Templates.label(labels, "severity." + line.severity()), n(line.reached(), integers),
                    Durations.elapsed(line.medianMinutes()), Durations.elapsed(line.p90Minutes()),
                    line.reached() == 0 ? "-" : percent(line.withinTarget(), line.reached(), locale)), false));
        }
        p.put("MILESTONE_ROWS", milestoneRows);
        p.put("MILESTONE_LEGEND", legend(report.clockModes(), labels));
        List<Map<String, ?>> splitRows = new ArrayList<>();
        for (MonthlyReport.SplitLine line : report.resolutionSplit()) {
            long all = line.helpDeskMinutes() + line.programmingMinutes();
            splitRows.add(row(List.of(Templates.label(labels, "severity." + line.severity()),
                    n(line.resolved(), integers),
                    Durations.hm(line.helpDeskMinutes()), Durations.hm(line.programmingMinutes()),
                    all == 0 ? "-" : percent((int) Math.min(Integer.MAX_VALUE, line.programmingMinutes()),
                            (int) Math.min(Integer.MAX_VALUE, all), locale)), false));
        }
        p.put("SPLIT_ROWS", splitRows);
        p.put("SPLIT_HEADERS", List.of(labels.getString("monthly.severity"), labels.getString("monthly.resolved"),
                labels.getString("level.HELP_DESK"), labels.getString("level.PROGRAMMING"),
                labels.getString("monthly.programmingShare")));
        p.put("MILESTONE_HEADERS", List.of(labels.getString("monthly.milestone"), labels.getString("monthly.severity"),
                labels.getString("monthly.reached"), labels.getString("monthly.median"),
                labels.getString("monthly.p90"), labels.getString("monthly.withinTarget")));

        List<Map<String, ?>> programmingRows = new ArrayList<>();
        for (ProgrammingLine line : report.programming()) {
            String planned = join(line.plannedDate() == null ? null : date.format(line.plannedDate()),
                    line.plannedRelease());
            String update = join(line.updateVersion(),
                    line.updateSentOn() == null ? null : date.format(line.updateSentOn()));
            programmingRows.add(row(List.of(line.number(), line.title(),
                    Templates.label(labels, "severity." + line.urgency()),
                    Templates.label(labels, "pstate." + line.state()), planned, update), false));
        }
        p.put("PROGRAMMING_ROWS", programmingRows);
        p.put("PROGRAMMING_HEADERS", List.of(labels.getString("monthly.programming.number"),
                labels.getString("monthly.programming.title"), labels.getString("monthly.programming.urgency"),
                labels.getString("monthly.programming.state"), labels.getString("monthly.programming.planned"),
                labels.getString("monthly.programming.update")));

        satisfaction(report.satisfaction(), labels, locale, p);
        glance(report, labels, locale, date, p);

        p.put("HOURS_ROWS", List.of(
                row(List.of(labels.getString("level.HELP_DESK"), Durations.hm(report.helpDeskMinutes())), false),
                row(List.of(labels.getString("level.PROGRAMMING"), Durations.hm(report.programmingMinutes())), false),
                row(List.of(total, Durations.hm(report.helpDeskMinutes() + report.programmingMinutes())), true)));
        p.put("HOURS_HEADERS", List.of(labels.getString("monthly.level"), labels.getString("monthly.hours")));

        p.put("CALL_COUNT", report.calls().size());
        List<Map<String, ?>> calls = new ArrayList<>(report.calls().size());
        for (Call call : report.calls()) {
            Map<String, Object> line = new HashMap<>();
            line.put("number", call.number());
            line.put("date", date.format(call.openedAt().atZone(zone).toLocalDate()));
            line.put("channel", Templates.label(labels, "channel." + call.channel()));
            line.put("kind", Templates.label(labels, "kind." + call.kind()));
            line.put("severity", Templates.label(labels, "severity." + call.severity()));
            line.put("subject", call.subject());
            line.put("state", Templates.label(labels, "state." + call.state()));
            line.put("takingCharge", Durations.elapsed(call.takingChargeMinutes()));
            line.put("firstFeedback", Durations.elapsed(call.firstFeedbackMinutes()));
            line.put("resolution", Durations.elapsed(call.resolutionMinutes()));
            line.put("hours", Durations.hm(call.minutesSpent()));
            calls.add(line);
        }
        return JasperFillManager.fillReport(Templates.get("monthly_report"), p, new JRMapCollectionDataSource(calls));
    }

    /**
     * How the milestone times were counted, per severity: business hours or round the clock, and what stops the
     * resolution clock; plain elapsed time for a report without clock modes.
     */
    static String legend(Map<String, String> clockModes, ResourceBundle labels) {
        if (clockModes.isEmpty()) {
            return labels.getString("monthly.legend.elapsed");
        }
        List<String> business = new ArrayList<>();
        List<String> roundTheClock = new ArrayList<>();
        for (String severity : SEVERITIES) {
            String mode = clockModes.get(severity);
            if (mode != null) {
                (mode.equals("ROUND_THE_CLOCK") ? roundTheClock : business)
                        .add(Templates.label(labels, "severity." + severity));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!business.isEmpty()) {
            parts.add(MessageFormat.format(labels.getString("monthly.legend.business"), String.join(", ", business)));
        }
        if (!roundTheClock.isEmpty()) {
            parts.add(MessageFormat.format(labels.getString("monthly.legend.roundTheClock"),
                    String.join(", ", roundTheClock)));
        }
        parts.add(labels.getString("monthly.legend.pauses"));
        return String.join(" ", parts);
    }

    private void satisfaction(MonthlyReport.Satisfaction s, ResourceBundle labels, Locale locale,
            Map<String, Object> p) {
        List<String> columns = new ArrayList<>(SEVERITIES);
        columns.add("ALL");
        List<String> headers = new ArrayList<>(List.of(labels.getString("monthly.satisfaction.question")));
        SEVERITIES.forEach(sev -> headers.add(Templates.label(labels, "severity." + sev)));
        headers.add(labels.getString("monthly.total"));
        List<Map<String, ?>> rows = new ArrayList<>();
        if (s.sent() == 0) {
            p.put("SATISFACTION_TEXT", labels.getString("monthly.satisfaction.none"));
        } else {
            p.put("SATISFACTION_TEXT", java.text.MessageFormat.format(
                    labels.getString("monthly.satisfaction.counts"), s.sent(), s.answered()));
            for (int q = 0; q < s.questions().size(); q++) {
                List<String> cells = new ArrayList<>(List.of(s.questions().get(q)));
                for (String column : columns) {
                    List<Double> averages = s.averages().get(column);
                    cells.add(score(averages == null || averages.size() <= q ? null : averages.get(q), locale));
                }
                rows.add(row(cells, false));
            }
            List<String> overall = new ArrayList<>(List.of(labels.getString("monthly.satisfaction.overall")));
            columns.forEach(column -> overall.add(score(s.overall().get(column), locale)));
            rows.add(row(overall, true));
        }
        p.put("SATISFACTION_ROWS", rows);
        p.put("SATISFACTION_HEADERS", headers);
        List<String> chartLabels = new ArrayList<>();
        List<Double> chartValues = new ArrayList<>();
        if (s.answered() > 0) {
            for (String severity : SEVERITIES) {
                chartLabels.add(Templates.label(labels, "severity." + severity));
                chartValues.add(s.overall().get(severity));
            }
        }
        p.put("SATISFACTION_CHART", Charts.bars(labels.getString("monthly.chart.satisfaction"), chartLabels,
                chartValues, 5, labels.getString("monthly.chart.empty"), 380, 104, locale, branding.awtColor()));
        p.put("SATISFACTION_CHART_ALT", alt(labels.getString("monthly.chart.satisfaction"), chartLabels,
                chartValues.stream().map(v -> score(v, locale)).toList(), labels));
    }

    /**
     * What a chart shows, in words, for a screen reader (the tagged PDF's alternate text): its title and each bar's
     * label and value, or that there is no data.
     */
    static String alt(String title, List<String> bars, List<String> values, ResourceBundle labels) {
        if (bars.isEmpty()) {
            return title + ": " + labels.getString("monthly.chart.empty");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            parts.add(bars.get(i) + " " + values.get(i));
        }
        return title + ": " + String.join(", ", parts);
    }

    /**
     * Page one: each figure of the month against the month before, with its last six months as bars; the
     * programming still open with its plan.
     */
    private void glance(MonthlyReport report, ResourceBundle labels, Locale locale, DateTimeFormatter date,
            Map<String, Object> p) {
        List<MonthSummary> trend = report.trend().isEmpty() ? List.of(summaryOf(report)) : report.trend();
        MonthSummary now = trend.get(trend.size() - 1);
        MonthSummary before = trend.size() > 1 ? trend.get(trend.size() - 2) : null;
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(glanceRow(labels.getString("monthly.glance.received"), trend, MonthSummary::received,
                v -> n(v.intValue(), integers), d -> signed(d.intValue(), integers)));
        rows.add(glanceRow(labels.getString("monthly.glance.closed"), trend, MonthSummary::closed,
                v -> n(v.intValue(), integers), d -> signed(d.intValue(), integers)));
        String points = labels.getString("monthly.glance.points");
        rows.add(glanceRow(labels.getString("monthly.glance.withinTarget"), trend, MonthlyReportPdf::withinShare,
                v -> percent(v.doubleValue(), locale),
                d -> MessageFormat.format(points, signed((int) Math.round(d.doubleValue() * 100), integers))));
        rows.add(glanceRow(labels.getString("monthly.glance.satisfaction"), trend, MonthSummary::satisfaction,
                v -> score(v.doubleValue(), locale), d -> signedScore(d.doubleValue(), locale)));
        rows.add(glanceRow(labels.getString("monthly.glance.hours"), trend, MonthSummary::minutesSpent,
                v -> Durations.hm(v.longValue()), d -> (d.longValue() > 0 ? "+" : "") + Durations.hm(d.longValue())
                        .replace('-', MINUS)));
        rows.add(glanceRow(labels.getString("monthly.glance.programmingOpen"), trend, MonthSummary::programmingOpen,
                v -> n(v.intValue(), integers), d -> signed(d.intValue(), integers)));
        p.put("GLANCE_ROWS", rows);
        p.put("GLANCE_HEADERS", List.of(labels.getString("monthly.glance.figure"),
                monthName(now.month(), locale), before == null ? labels.getString("monthly.glance.before")
                        : monthName(before.month(), locale), labels.getString("monthly.glance.change"),
                labels.getString("monthly.glance.trend")));
        p.put("GLANCE_NOTE", trend.size() > 1
                ? MessageFormat.format(labels.getString("monthly.glance.note"), monthName(trend.get(0).month(), locale),
                        monthName(now.month(), locale))
                : labels.getString("monthly.glance.noTrend"));
        List<Map<String, ?>> open = new ArrayList<>();
        for (ProgrammingLine line : report.openProgramming()) {
            open.add(row(List.of(line.number(), line.title(), Templates.label(labels, "pstate." + line.state()),
                    join(line.plannedRelease(), line.plannedDate() == null ? null : date.format(line.plannedDate()))),
                    false));
        }
        p.put("OPEN_PROGRAMMING_ROWS", open);
        p.put("OPEN_PROGRAMMING_HEADERS", List.of(labels.getString("monthly.programming.number"),
                labels.getString("monthly.programming.title"), labels.getString("monthly.programming.state"),
                labels.getString("monthly.programming.planned")));
    }

    private Map<String, Object> glanceRow(String label, List<MonthSummary> trend,
            java.util.function.Function<MonthSummary, ? extends Number> figure,
            java.util.function.Function<Number, String> format, java.util.function.Function<Number, String> change) {
        List<Number> values = new ArrayList<>(trend.size());
        trend.forEach(month -> values.add(figure.apply(month)));
        Number now = values.get(values.size() - 1);
        Number before = values.size() > 1 ? values.get(values.size() - 2) : null;
        String difference = now == null || before == null ? "-"
                : change.apply(now instanceof Double || before instanceof Double
                        ? (Number) (now.doubleValue() - before.doubleValue())
                        : (Number) (now.longValue() - before.longValue()));
        Map<String, Object> row = row(List.of(label, now == null ? "-" : format.apply(now),
                before == null ? "-" : format.apply(before), difference), false);
        row.put("trend", Charts.sparkline(values, 120, 14, branding.awtColor()));
        return row;
    }

    /** This month's figures from the report itself, for a report made without its trend. */
    static MonthSummary summaryOf(MonthlyReport report) {
        int received = 0;
        int closed = 0;
        for (SeverityLine line : report.severities()) {
            received += line.received();
            closed += line.closed();
        }
        int reached = 0;
        int within = 0;
        for (MilestoneLine line : report.milestones()) {
            reached += line.reached();
            within += line.withinTarget();
        }
        return new MonthSummary(report.month(), received, closed, reached, within,
                report.satisfaction().overall().get("ALL"), report.helpDeskMinutes() + report.programmingMinutes(),
                report.openProgramming().size());
    }

    private static Double withinShare(MonthSummary month) {
        return month.milestonesReached() == 0 ? null
                : (double) month.milestonesWithinTarget() / month.milestonesReached();
    }

    private static final char MINUS = '\u2212';

    private static String signed(long value, NumberFormat integers) {
        return (value > 0 ? "+" : value < 0 ? String.valueOf(MINUS) : "") + integers.format(Math.abs(value));
    }

    private static String signedScore(double value, Locale locale) {
        String text = String.format(locale, "%.1f", Math.abs(value));
        return (Math.round(value * 10) == 0 ? "" : value > 0 ? "+" : String.valueOf(MINUS)) + text;
    }

    private static String monthName(YearMonth month, Locale locale) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, locale) + " "
                + month.getYear();
    }

    private static Map<String, Object> row(List<String> cells, boolean bold) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put("c" + i, cells.get(i));
        }
        row.put("bold", bold);
        return row;
    }

    private static String n(long value, NumberFormat integers) {
        return integers.format(value);
    }

    private static String percent(int part, int whole, Locale locale) {
        return percent((double) part / whole, locale);
    }

    private static String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    private static String score(Double value, Locale locale) {
        return value == null ? "-" : String.format(locale, "%.1f", value);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
