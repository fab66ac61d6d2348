package org.helpdesk.batch.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.report.MonthlyReportRuns;
import org.helpdesk.batch.report.ReportDeliveries;
import org.helpdesk.batch.report.RunParameters;
import org.helpdesk.batch.schedule.MonthlyRunScheduler;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.time.HelpDeskCalendar;

/** The monthly report run for administrators, on the batch runtime's job operator and the run's tables. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultMonthlyReportRuns implements MonthlyReportRuns {

    /**
     * The chosen customers travel as one job parameter, and the job repository keeps all of a run's parameters in
     * 3,000 characters.
     */
    static final int MAX_CUSTOMER_CODES_LENGTH = 2_000;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Inject
    private Principal principal;

    @Inject
    private Clock clock;

    @Inject
    private ReportDeliveries deliveries;

    @Inject
    private MonthlyRunScheduler scheduler;

    @Override
    public long start(YearMonth month, List<String> customers) {
        if (month == null) {
            throw new InvalidValueException("value.runMonthRequired", "Give the month of the run (YYYY-MM).");
        }
        if (month.isAfter(HelpDeskCalendar.monthOf(clock.instant()))) {
            throw new InvalidValueException("value.monthNotBegun", "The month {0} has not begun yet.",
                    String.valueOf(month));
        }
        List<String> codes = customers == null ? List.of() : customers.stream().map(String::strip)
                .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
        int length = String.join(",", codes).length();
        if (length > MAX_CUSTOMER_CODES_LENGTH) {
            throw new InvalidValueException("value.tooManyCustomers", "Too many customers for one run: their codes"
                    + " take {0} characters, at most {1} fit. Start the run for every customer, or for the list in"
                    + " parts.", String.valueOf(length), String.valueOf(MAX_CUSTOMER_CODES_LENGTH));
        }
        List<String> unknown = new ArrayList<>(codes);
        if (!codes.isEmpty()) {
            unknown.removeAll(query("SELECT code FROM customer WHERE code IN ("
                    + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")", r -> r.getString(1),
                    codes.toArray()));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException("customers", "notFound.customer", "There is no customer {0}.",
                    String.join(", ", unknown));
        }
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        if (!codes.isEmpty()) {
            parameters.setProperty("customers", String.join(",", codes));
        }
        parameters.setProperty("startedBy", principal.getName());
        return BatchRuntime.getJobOperator().start(RunParameters.JOB, parameters);
    }

    @Override
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.restart(executionId,
                    RunParameters.forRestart(operator.getParameters(executionId)));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("notFound.runExecution", "There is no run execution {0}.",
                    String.valueOf(executionId));
        } catch (JobRestartException | JobSecurityException e) {
            // JBeret's reason is English only; the screens' own pattern says when a run can be restarted.
            throw new InvalidValueException("value.runNotRestartable", "The run execution {0} cannot be restarted:"
                    + " {1}", String.valueOf(executionId), String.valueOf(e.getMessage()));
        }
    }

    @Override
    public List<RunView> runs(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(RunParameters.JOB, 0, Math.max(1, Math.min(limit, 200)));
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<RunView> views = new ArrayList<>();
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                views.add(view(operator, instance.getInstanceId(), execution));
            }
        }
        views.sort(Comparator.comparingLong(RunView::executionId).reversed());
        return views.size() > limit ? views.subList(0, limit) : views;
    }

    @Override
    public Optional<RunView> run(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (!RunParameters.JOB.equals(execution.getJobName())) {
                return Optional.empty();
            }
            return Optional.of(view(operator, operator.getJobInstance(executionId).getInstanceId(), execution));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private RunView view(JobOperator operator, long instanceId, JobExecution execution) {
        Properties parameters = execution.getJobParameters();
        String month = parameters == null ? null : parameters.getProperty("month");
        int total = 0;
        List<String> recorded = query("SELECT report_month, customers_total FROM report_run WHERE job_instance_id = ?",
                r -> r.getString(1) + " " + r.getInt(2), instanceId);
        if (!recorded.isEmpty()) {
            month = recorded.get(0).split(" ")[0];
            total = Integer.parseInt(recorded.get(0).split(" ")[1]);
        }
        int archived = count("SELECT COUNT(*) FROM report_archive WHERE job_instance_id = ?", instanceId);
        int failedCustomers = count("SELECT COUNT(*) FROM report_failure WHERE job_instance_id = ?", instanceId);
        int sent = count("SELECT COUNT(*) FROM report_delivery WHERE job_instance_id = ? AND status = 'SENT'",
                instanceId);
        int pending = count("SELECT COUNT(*) FROM report_delivery WHERE job_instance_id = ? AND status = 'PENDING'",
                instanceId);
        int failedMails = count("SELECT COUNT(*) FROM report_delivery WHERE job_instance_id = ? AND status = 'FAILED'",
                instanceId);
        int done = archived + (int) query("SELECT customer_id FROM report_failure f WHERE job_instance_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM report_archive a WHERE a.job_instance_id = f.job_instance_id"
                + " AND a.customer_id = f.customer_id)", r -> r.getLong(1), instanceId).size();
        return new RunView(execution.getExecutionId(), instanceId, month == null ? "" : month,
                execution.getBatchStatus().name(), execution.getExitStatus(), instant(execution.getStartTime()),
                instant(execution.getEndTime()), total, done, sent, pending,
                failedMails + failedCustomers);
    }

    @Override
    public List<FailureView> failures(int limit) {
        int max = Math.max(1, Math.min(limit, 500));
        List<FailureView> failures = new ArrayList<>(query("SELECT d.id, c.code, d.report_month, d.recipient,"
                + " d.last_error, d.attempts, d.next_attempt_at FROM report_delivery d JOIN customer c"
                + " ON c.id = d.customer_id WHERE d.status = 'FAILED' ORDER BY d.id DESC LIMIT ?",
                r -> new FailureView(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getInt(6), instant(r.getTimestamp(7))), max));
        // A customer's failure stays listed until a later run archives its report for that month.
        failures.addAll(query("SELECT c.code, f.report_month, f.reason FROM report_failure f JOIN customer c"
                + " ON c.id = f.customer_id WHERE NOT EXISTS (SELECT 1 FROM report_archive a"
                + " WHERE a.customer_id = f.customer_id AND a.report_month = f.report_month AND a.built_at > f.failed_at"
                + " AND (f.reason NOT LIKE 'No contact%' OR EXISTS (SELECT 1 FROM report_delivery d"
                + " WHERE d.archive_id = a.id))) ORDER BY f.id DESC LIMIT ?",
                r -> new FailureView(null, r.getString(1), r.getString(2), null, r.getString(3), 0, null), max));
        return failures;
    }

    @Override
    public boolean retryDelivery(long deliveryId) {
        if (count("SELECT COUNT(*) FROM report_delivery WHERE id = ?", deliveryId) == 0) {
            throw new NotFoundException("notFound.reportDelivery", "There is no report delivery {0}.",
                    String.valueOf(deliveryId));
        }
        return deliveries.send(deliveryId);
    }

    @Override
    public int retryFailedDeliveries() {
        return scheduler.retryAll();
    }

    @Override
    public long resend(String customer, YearMonth month) {
        if (customer == null || customer.isBlank()) {
            throw new InvalidValueException("value.resendCustomerRequired",
                    "Give the customer whose report is to be sent again.");
        }
        return start(month, List.of(customer));
    }

    @Override
    public List<ArchiveView> archive(YearMonth month) {
        return query("SELECT a.id, c.code, c.name, a.report_month, a.version, a.language, a.built_at, a.sha256,"
                + " a.pdf_size FROM report_archive a JOIN customer c ON c.id = a.customer_id WHERE a.report_month = ?"
                + " ORDER BY c.code, a.version", r -> new ArchiveView(r.getLong(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getInt(5), r.getString(6), instant(r.getTimestamp(7)), r.getString(8),
                        r.getInt(9)), month.toString());
    }

    @Override
    public ArchivedPdf archivedPdf(long archiveId) {
        List<ArchivedPdf> pdf = query("SELECT c.code, a.report_month, a.version, a.pdf FROM report_archive a"
                + " JOIN customer c ON c.id = a.customer_id WHERE a.id = ?", r -> new ArchivedPdf("monthly-report-"
                        + r.getString(1) + "-" + r.getString(2) + "-v" + r.getInt(3) + ".pdf", r.getBytes(4)),
                archiveId);
        if (pdf.isEmpty()) {
            throw new NotFoundException("notFound.archivedReport", "There is no archived report {0}.",
                    String.valueOf(archiveId));
        }
        return pdf.get(0);
    }

    @Override
    public Optional<YearMonth> catchUp() {
        return scheduler.runScheduledIfDue();
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<T> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(row.read(r));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("The monthly runs could not be read: " + e.getMessage(), e);
        }
    }

    private int count(String sql, long id) {
        return query(sql, r -> r.getInt(1), id).get(0);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
