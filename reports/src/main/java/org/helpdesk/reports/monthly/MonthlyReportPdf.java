package org.helpdesk.reports.monthly;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.helpdesk.reports.Durations;
import org.helpdesk.reports.Templates;
import org.helpdesk.reports.monthly.MonthlyReport.Call;
import org.helpdesk.reports.monthly.MonthlyReport.MilestoneLine;
import org.helpdesk.reports.monthly.MonthlyReport.ProgrammingLine;
import org.helpdesk.reports.monthly.MonthlyReport.SeverityLine;

/**
 * Renders a {@link MonthlyReport} as a PDF in the customer's language (Italian or English), with the DejaVu fonts
 * embedded. A month without calls gives a one-page report that says so.
 */
public final class MonthlyReportPdf {

    static final List<String> SEVERITIES = List.of("HIGH", "AVERAGE", "LOW", "SECONDARY");
    static final List<String> KINDS = List.of("SOFTWARE_NEW_REQUEST", "SOFTWARE_BUG", "HARDWARE");
    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "REMOTE_ASSISTANCE", "WEB");

    private final ZoneId zone;

    /** @param zone the time zone the report's dates are shown in */
    public MonthlyReportPdf(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the report as PDF to {@code out} (which stays open). */
    public void write(MonthlyReport report, OutputStream out) {
        try {
            JasperPrint print = fill(report);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(print.getName());
            configuration.setMetadataCreator("Helpdesk");
            exporter.setConfiguration(configuration);
            SimplePdfReportConfiguration reportConfiguration = new SimplePdfReportConfiguration();
            exporter.setConfiguration(reportConfiguration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("The monthly report of " + report.customerCode() + " for "
                    + report.month() + " could not be rendered.", e);
        }
    }

    JasperPrint fill(MonthlyReport report) throws JRException {
        Locale locale = Templates.supported(report.language());
        ResourceBundle labels = Templates.labels(locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        // fillReport adds its own entries to the map: a mutable one.
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("TABLE", Templates.get("table"));
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
            List<String> cells = new ArrayList<>(List.of(severity, n(line.received()), n(line.closed()),
                    n(line.open())));
            for (int i = 0; i < KINDS.size(); i++) {
                int count = line.byKind().getOrDefault(KINDS.get(i), 0);
                kindTotals[i] += count;
                cells.add(n(count));
            }
            severityRows.add(row(cells, false));
            List<String> channelCells = new ArrayList<>(List.of(severity));
            for (int i = 0; i < CHANNELS.size(); i++) {
                int count = line.byChannel().getOrDefault(CHANNELS.get(i), 0);
                channelTotals[i] += count;
                channelCells.add(n(count));
            }
            channelRows.add(row(channelCells, false));
            received += line.received();
            closed += line.closed();
            open += line.open();
            chartLabels.add(severity);
            chartValues.add(line.received());
        }
        String total = labels.getString("monthly.total");
        List<String> totalCells = new ArrayList<>(List.of(total, n(received), n(closed), n(open)));
        for (int count : kindTotals) {
            totalCells.add(n(count));
        }
        severityRows.add(row(totalCells, true));
        List<String> channelTotalCells = new ArrayList<>(List.of(total));
        for (int count : channelTotals) {
            channelTotalCells.add(n(count));
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
                labels.getString("monthly.chart.empty"), 252, 78));

        List<Map<String, ?>> milestoneRows = new ArrayList<>();
        for (MilestoneLine line : report.milestones()) {
            if (line.reached() == 0) {
                continue; // keeps a quiet month on one page; a severity without calls has nothing to measure
            }
            milestoneRows.add(row(List.of(Templates.label(labels, "milestone." + line.milestone()),
                    Templates.label(labels, "severity." + line.severity()), n(line.reached()),
                    Durations.elapsed(line.medianMinutes()), Durations.elapsed(line.p90Minutes()),
                    line.reached() == 0 ? "-" : percent(line.withinTarget(), line.reached(), locale)), false));
        }
        p.put("MILESTONE_ROWS", milestoneRows);
        p.put("MILESTONE_LEGEND", legend(report.clockModes(), labels));
        List<Map<String, ?>> splitRows = new ArrayList<>();
        for (MonthlyReport.SplitLine line : report.resolutionSplit()) {
            long all = line.helpDeskMinutes() + line.programmingMinutes();
            splitRows.add(row(List.of(Templates.label(labels, "severity." + line.severity()), n(line.resolved()),
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

    private static void satisfaction(MonthlyReport.Satisfaction s, ResourceBundle labels, Locale locale,
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
                chartValues, 5, labels.getString("monthly.chart.empty"), 252, 78));
    }

    private static Map<String, Object> row(List<String> cells, boolean bold) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put("c" + i, cells.get(i));
        }
        row.put("bold", bold);
        return row;
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String percent(int part, int whole, Locale locale) {
        return String.format(locale, "%.0f%%", 100.0 * part / whole);
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
