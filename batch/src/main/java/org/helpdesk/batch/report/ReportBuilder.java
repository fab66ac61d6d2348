package org.helpdesk.batch.report;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.helpdesk.application.report.MonthlyReports;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;

/**
 * Builds one customer's monthly report PDF with the reports module (the same report as {@code GET
 * /api/reports/monthly}) and its SHA-256. A customer whose report cannot be built becomes a {@link FailedCustomer}
 * with the reason: the run goes on. A customer this job instance already did (before a restart) is skipped.
 */
@Named
@Dependent
public class ReportBuilder implements ItemProcessor {

    private static final Logger LOG = Logger.getLogger(ReportBuilder.class.getName());

    @Inject
    private JobContext jobContext;

    @Inject
    private ReportStore store;

    @Inject
    private MonthlyReports assembler;

    @Inject
    private Clock clock;

    private RunParameters run;

    @Override
    public Object processItem(Object item) {
        if (run == null) {
            run = RunParameters.from(jobContext.getProperties(), clock);
        }
        long customerId = (Long) item;
        long instance = jobContext.getInstanceId();
        if (run.failAfter() > 0 && store.archivedCount(instance) >= run.failAfter()) {
            throw new IllegalStateException("Failure injected by the job parameter failAfter=" + run.failAfter());
        }
        if (store.isDone(customerId, run.month(), instance)) {
            return null;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            MonthlyReport report = assembler.assemble(customerId, run.month(), now).orElseThrow(
                    () -> new IllegalStateException("The customer no longer exists."));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            new MonthlyReportPdf(HelpDeskCalendar.ZONE).write(report, pdf);
            byte[] bytes = pdf.toByteArray();
            return new BuiltReport(customerId, report.customerCode(), run.month(),
                    report.language().getLanguage(), now, bytes, sha256(bytes));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Monthly report of customer " + customerId + " for " + run.month() + " not built: " + e);
            return new FailedCustomer(customerId, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
