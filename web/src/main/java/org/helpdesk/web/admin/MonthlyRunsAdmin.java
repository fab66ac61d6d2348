package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.helpdesk.application.report.MonthlyReportRuns;
import org.helpdesk.application.report.MonthlyReportRuns.ArchiveView;
import org.helpdesk.application.report.MonthlyReportRuns.FailureView;
import org.helpdesk.application.report.MonthlyReportRuns.RunView;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.web.support.Messages;

/**
 * The monthly report run screen (ADMIN): runs with their live progress, failures with a retry, a manual start for a
 * month, re-sending one customer's report, and the archive of a month with every version's PDF.
 */
@Named
@ViewScoped
public class MonthlyRunsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonthlyReportRuns runs;

    private String month = YearMonth.now(HelpDeskCalendar.ZONE).minusMonths(1).toString();
    private String customer;
    private String archiveMonth = month;
    private List<RunView> executions = List.of();
    private List<FailureView> failures = List.of();
    private List<ArchiveView> archive = List.of();

    @PostConstruct
    void load() {
        refresh();
        archive = runs.archive(YearMonth.parse(archiveMonth));
    }

    /** Called by the poll: the progress of the runs and the failures, as they are now. */
    public void refresh() {
        executions = runs.runs(20);
        failures = runs.failures(100);
    }

    public boolean isRunning() {
        return executions.stream().anyMatch(r -> !r.isFinished());
    }

    public void start() {
        YearMonth parsed = parse(month);
        if (parsed == null) {
            return;
        }
        Long execution = Messages.attempt(() -> runs.start(parsed, List.of()));
        if (execution != null) {
            Messages.info("runs.started", parsed.toString(), execution);
            refresh();
        }
    }

    public void resend() {
        YearMonth parsed = parse(month);
        if (parsed == null) {
            return;
        }
        if (customer == null || customer.isBlank()) {
            Messages.error(Messages.format("runs.customerMissing"));
            return;
        }
        Long execution = Messages.attempt(() -> runs.resend(customer.strip(), parsed));
        if (execution != null) {
            Messages.info("runs.resent", customer.strip().toUpperCase(java.util.Locale.ROOT), parsed.toString(),
                    execution);
            refresh();
        }
    }

    public void restart(RunView run) {
        Long execution = Messages.attempt(() -> runs.restart(run.executionId()));
        if (execution != null) {
            Messages.info("runs.restarted", run.executionId(), execution);
            refresh();
        }
    }

    public void retry(FailureView failure) {
        Boolean sent = Messages.attempt(() -> runs.retryDelivery(failure.deliveryId()));
        if (sent != null) {
            Messages.info(sent ? "runs.retrySent" : "runs.retryFailed", failure.recipient());
            refresh();
        }
    }

    public void retryAll() {
        Integer sent = Messages.attempt(() -> runs.retryFailedDeliveries());
        if (sent != null) {
            Messages.info("runs.retriedAll", sent);
            refresh();
        }
    }

    public void showArchive() {
        YearMonth parsed = parse(archiveMonth);
        if (parsed != null) {
            archive = runs.archive(parsed);
        }
    }

    public void download(ArchiveView report) throws IOException {
        MonthlyReportRuns.ArchivedPdf pdf = Messages.attempt(() -> runs.archivedPdf(report.id()));
        if (pdf == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        context.responseReset();
        context.setResponseContentType("application/pdf");
        context.setResponseHeader("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
        context.setResponseContentLength(pdf.pdf().length);
        try (OutputStream out = context.getResponseOutputStream()) {
            out.write(pdf.pdf());
        }
        faces.responseComplete();
    }

    /** @return h:mm:ss from start to end (or to now while running) */
    public String duration(RunView run) {
        if (run.startedAt() == null) {
            return "";
        }
        Duration d = Duration.between(run.startedAt(), run.endedAt() == null ? Instant.now() : run.endedAt());
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    public boolean restartable(RunView run) {
        return "FAILED".equals(run.status()) || "STOPPED".equals(run.status());
    }

    private static YearMonth parse(String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            Messages.error(Messages.format("runs.monthInvalid", value == null ? "" : value));
            return null;
        }
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getArchiveMonth() {
        return archiveMonth;
    }

    public void setArchiveMonth(String archiveMonth) {
        this.archiveMonth = archiveMonth;
    }

    public List<RunView> getExecutions() {
        return executions;
    }

    public List<FailureView> getFailures() {
        return failures;
    }

    public List<ArchiveView> getArchive() {
        return archive;
    }
}
