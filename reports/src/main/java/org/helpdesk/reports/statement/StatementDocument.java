package org.helpdesk.reports.statement;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.helpdesk.reports.Archival;
import org.helpdesk.reports.Branding;
import org.helpdesk.reports.Templates;

/**
 * The statement as a document: PDF/A-1a, tagged ({@link Archival}), filled from the
 * {@code hours_statement} template, which holds every entry in memory while filling; or XLSX ({@link StatementXlsx}).
 * The CSV ({@link StatementCsv}) and the XLSX stream statements of any size.
 */
public final class StatementDocument {

    private StatementDocument() {
    }

    /** Writes the statement as PDF/A-1a to {@code out} (which stays open), branded as the system properties say. */
    public static void pdf(StatementHeader header, List<StatementEntry> entries, OutputStream out) {
        pdf(header, entries, Branding.current(), out);
    }

    /** Writes the statement as PDF/A-1a to {@code out} (which stays open). */
    public static void pdf(StatementHeader header, List<StatementEntry> entries, Branding branding,
            OutputStream out) {
        try {
            JasperPrint print = fill(header, entries, branding);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = Archival.pdfA(Templates.labels(header.language())
                    .getString("statement.title") + " " + header.number(), branding.name(),
                    header.language(), true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Statement " + header.number() + " could not be rendered as PDF.", e);
        }
    }

    /** Writes the statement as an XLSX workbook to {@code out}: see {@link StatementXlsx}. */
    public static void xlsx(StatementHeader header, List<StatementEntry> entries, OutputStream out) {
        try (StatementXlsx xlsx = new StatementXlsx(header, out)) {
            entries.forEach(xlsx::add);
        }
    }

    static JasperPrint fill(StatementHeader header, List<StatementEntry> entries, Branding branding)
            throws JRException {
        ResourceBundle labels = Templates.labels(header.language());
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Templates.supported(header.language()));
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("NUMBER", header.number());
        p.put("BRAND_NAME", branding.name());
        p.put("BRAND_LINE", branding.line());
        p.put("BRAND_COLOR", branding.color());
        p.put("BRAND_TINT", branding.tint());
        p.put("PARAMETERS", header.parameters());
        p.put("PRODUCED_AT", header.producedAtText());
        p.put("CHECKSUM", StatementChecksum.of(entries));
        p.put("ENTRY_COUNT", entries.size());
        p.put("TOTAL_MINUTES", entries.stream().mapToLong(StatementEntry::minutes).sum());
        List<Map<String, ?>> rows = new ArrayList<>(entries.size());
        for (StatementEntry entry : entries) {
            Map<String, Object> row = new HashMap<>();
            row.put("customer", entry.customerCode() + " - " + entry.customerName());
            row.put("ticket", entry.ticketNumber());
            row.put("entryId", entry.entryId());
            row.put("workDate", entry.workDate().toString());
            row.put("staff", entry.staff());
            row.put("level", Templates.label(labels, "level." + entry.level()));
            row.put("activity", entry.activity());
            row.put("reverses", entry.reversesId() == null ? null
                    : MessageFormat.format(labels.getString("statement.reversal"), String.valueOf(entry.reversesId())));
            row.put("minutes", entry.minutes());
            rows.add(row);
        }
        return JasperFillManager.fillReport(Templates.get("hours_statement"), p, new JRMapCollectionDataSource(rows));
    }
}
