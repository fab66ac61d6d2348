package org.helpdesk.batch.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * The monthly run's tables (report_archive, report_delivery, report_failure, report_run), by plain JDBC on the
 * application's datasource: each call joins the caller's transaction (the chunk's, or a delivery's own). Parameters
 * only, never SQL built from values.
 */
@ApplicationScoped
public class ReportStore {

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    /** A contact who receives the monthly report. */
    public record Recipient(String email, String language) {
    }

    /**
     * @return up to {@code limit} ids of the run's customers after {@code afterId} and up to {@code lastId}
     *         (inclusive; null: no upper bound), in id order: a keyset page
     */
    public List<Long> customerIds(RunParameters run, long afterId, Long lastId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM customer c WHERE c.id > ?");
        if (lastId != null) {
            sql.append(" AND c.id <= ?");
        }
        appendFilter(run, sql);
        sql.append(" ORDER BY c.id LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setLong(i++, afterId);
            if (lastId != null) {
                s.setLong(i++, lastId);
            }
            i = bindFilter(run, s, i);
            s.setInt(i, limit);
            return longs(s);
        } catch (SQLException e) {
            throw new IllegalStateException("The customers of the run could not be read: " + e.getMessage(), e);
        }
    }

    /** @return how many customers the run covers */
    public int countCustomers(RunParameters run) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM customer c WHERE c.id > ?");
        appendFilter(run, sql);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setLong(1, 0);
            bindFilter(run, s, 2);
            return (int) longs(s).get(0).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException("The customers of the run could not be counted: " + e.getMessage(), e);
        }
    }

    /**
     * Splits the run's customers into {@code parts} ranges of about the same size.
     *
     * @return the last id of each range but the last (at most {@code parts - 1} ids, ascending)
     */
    public List<Long> splitPoints(RunParameters run, int total, int parts) {
        List<Long> points = new ArrayList<>();
        for (int k = 1; k < parts; k++) {
            int offset = (int) ((long) total * k / parts) - 1;
            if (offset < 0) {
                continue;
            }
            StringBuilder sql = new StringBuilder("SELECT c.id FROM customer c WHERE c.id > ?");
            appendFilter(run, sql);
            sql.append(" ORDER BY c.id LIMIT 1 OFFSET ?");
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
                s.setLong(1, 0);
                int i = bindFilter(run, s, 2);
                s.setInt(i, offset);
                List<Long> id = longs(s);
                if (!id.isEmpty() && (points.isEmpty() || id.get(0) > points.get(points.size() - 1))) {
                    points.add(id.get(0));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The customers could not be partitioned: " + e.getMessage(), e);
            }
        }
        return points;
    }

    private static void appendFilter(RunParameters run, StringBuilder sql) {
        if (run.customers().isEmpty()) {
            sql.append(" AND c.active = TRUE");
        } else {
            sql.append(" AND c.code IN (").append(String.join(", ", Collections.nCopies(run.customers().size(), "?")))
                    .append(')');
        }
        if (run.withCallsOnly()) {
            sql.append(" AND EXISTS (SELECT 1 FROM service_ticket t WHERE t.customer_id = c.id"
                    + " AND t.opened_at >= ? AND t.opened_at < ?)");
        }
    }

    private static int bindFilter(RunParameters run, PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (String code : run.customers()) {
            s.setString(i++, code);
        }
        if (run.withCallsOnly()) {
            s.setTimestamp(i++, Timestamp.from(HelpDeskCalendar.startOf(run.month())));
            s.setTimestamp(i++, Timestamp.from(HelpDeskCalendar.endOf(run.month())));
        }
        return i;
    }

    /** Records the run's month and size once per job instance (a restart keeps the first). */
    public void recordRun(long jobInstanceId, RunParameters run, int total, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM report_run WHERE job_instance_id = ?")) {
                s.setLong(1, jobInstanceId);
                if (!longs(s).isEmpty()) {
                    return;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_run (job_instance_id, report_month,"
                    + " customers_total, started_at, started_by) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, jobInstanceId);
                s.setString(2, run.month().toString());
                s.setInt(3, total);
                s.setTimestamp(4, Timestamp.from(now));
                s.setString(5, run.startedBy());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The run could not be recorded: " + e.getMessage(), e);
        }
    }

    /** @return how many customers this job instance has archived */
    public int archivedCount(long jobInstanceId) {
        return count("SELECT COUNT(*) FROM report_archive WHERE job_instance_id = ?", jobInstanceId);
    }

    /** @return how many mails of this job instance were sent */
    public int sentCount(long jobInstanceId) {
        return count("SELECT COUNT(*) FROM report_delivery WHERE job_instance_id = ? AND status = 'SENT'",
                jobInstanceId);
    }

    /** @return how many customers of this job instance failed, plus its mails that failed */
    public int failureCount(long jobInstanceId) {
        return count("SELECT COUNT(*) FROM report_failure WHERE job_instance_id = ?", jobInstanceId)
                + count("SELECT COUNT(*) FROM report_delivery WHERE job_instance_id = ? AND status = 'FAILED'",
                        jobInstanceId);
    }

    /** @return whether this job instance already archived (or recorded as failed) the customer's report */
    public boolean isDone(long customerId, YearMonth month, long jobInstanceId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM report_archive WHERE customer_id = ? AND report_month = ? AND job_instance_id = ?"
                        + " UNION ALL SELECT 1 FROM report_failure WHERE customer_id = ? AND report_month = ?"
                        + " AND job_instance_id = ?")) {
            for (int i = 0; i < 2; i++) {
                s.setLong(1 + 3 * i, customerId);
                s.setString(2 + 3 * i, month.toString());
                s.setLong(3 + 3 * i, jobInstanceId);
            }
            return !longs(s).isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("The archive could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Archives a built report as the next version of the customer's month and queues one delivery per recipient,
     * in the caller's transaction. A customer without recipients is recorded as a failure instead of queued.
     */
    public void archive(BuiltReport report, long jobInstanceId) {
        String month = report.month().toString();
        try (Connection c = dataSource.getConnection()) {
            int version;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM report_archive"
                    + " WHERE customer_id = ? AND report_month = ?")) {
                s.setLong(1, report.customerId());
                s.setString(2, month);
                version = (int) longs(s).get(0).longValue();
            }
            long archiveId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_archive (customer_id, report_month,"
                    + " version, job_instance_id, language, built_at, sha256, pdf_size, pdf)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                s.setLong(1, report.customerId());
                s.setString(2, month);
                s.setInt(3, version);
                s.setLong(4, jobInstanceId);
                s.setString(5, report.language());
                s.setTimestamp(6, Timestamp.from(report.builtAt()));
                s.setString(7, report.sha256());
                s.setInt(8, report.pdf().length);
                s.setBytes(9, report.pdf());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    archiveId = keys.getLong(1);
                }
            }
            List<Recipient> recipients = recipients(c, report.customerId());
            if (recipients.isEmpty()) {
                insertFailure(c, report.customerId(), month, jobInstanceId,
                        "No contact of the customer receives the monthly report.", report.builtAt());
                return;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_delivery (delivery_key, archive_id,"
                    + " customer_id, report_month, version, recipient, language, job_instance_id, status, attempts,"
                    + " next_attempt_at, created_at, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")) {
                for (Recipient r : recipients) {
                    String key = DeliveryKey.of(report.customerCode(), report.month(), version, r.email());
                    s.setString(1, key);
                    s.setLong(2, archiveId);
                    s.setLong(3, report.customerId());
                    s.setString(4, month);
                    s.setInt(5, version);
                    s.setString(6, r.email());
                    s.setString(7, r.language());
                    s.setLong(8, jobInstanceId);
                    s.setTimestamp(9, Timestamp.from(report.builtAt()));
                    s.setTimestamp(10, Timestamp.from(report.builtAt()));
                    s.setString(11, DeliveryKey.messageId(key));
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The report of " + report.customerCode() + " for " + month
                    + " could not be archived: " + e.getMessage(), e);
        }
    }

    /** Records that a customer's report failed in this run, with the reason. */
    public void recordFailure(long customerId, YearMonth month, long jobInstanceId, String reason, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            insertFailure(c, customerId, month.toString(), jobInstanceId, reason, at);
        } catch (SQLException e) {
            throw new IllegalStateException("The failure could not be recorded: " + e.getMessage(), e);
        }
    }

    private static void insertFailure(Connection c, long customerId, String month, long jobInstanceId, String reason,
            Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO report_failure (customer_id, report_month,"
                + " job_instance_id, reason, failed_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, customerId);
            s.setString(2, month);
            s.setLong(3, jobInstanceId);
            s.setString(4, truncate(reason, 1000));
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private static List<Recipient> recipients(Connection c, long customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT email, language FROM contact WHERE customer_id = ?"
                + " AND active = TRUE AND receives_monthly_report = TRUE AND email IS NOT NULL ORDER BY id")) {
            s.setLong(1, customerId);
            List<Recipient> recipients = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    recipients.add(new Recipient(r.getString(1).strip(), r.getString(2).toLowerCase(Locale.ROOT)));
                }
            }
            return recipients;
        }
    }

    /**
     * @return ids of the job instance's PENDING deliveries whose id modulo {@code partitions} is {@code partition},
     *         after {@code afterId}: a keyset page
     */
    public List<Long> pendingDeliveries(long jobInstanceId, int partitions, int partition, long afterId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM report_delivery WHERE job_instance_id = ? AND status = 'PENDING' AND MOD(id, ?) = ?"
                        + " AND id > ? ORDER BY id LIMIT ?")) {
            s.setLong(1, jobInstanceId);
            s.setInt(2, partitions);
            s.setInt(3, partition);
            s.setLong(4, afterId);
            s.setInt(5, limit);
            return longs(s);
        } catch (SQLException e) {
            throw new IllegalStateException("The deliveries could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param everyFailed true: every FAILED delivery; false: those whose backoff has passed
     * @return ids of FAILED deliveries to try again after {@code afterId}, a keyset page
     */
    public List<Long> failedDeliveries(Instant now, boolean everyFailed, long afterId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM report_delivery WHERE status = 'FAILED' AND (? OR next_attempt_at <= ?) AND id > ?"
                        + " ORDER BY id LIMIT ?")) {
            s.setBoolean(1, everyFailed);
            s.setTimestamp(2, Timestamp.from(now));
            s.setLong(3, afterId);
            s.setInt(4, limit);
            return longs(s);
        } catch (SQLException e) {
            throw new IllegalStateException("The failed deliveries could not be read: " + e.getMessage(), e);
        }
    }

    private int count(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return (int) longs(s).get(0).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException("The run's figures could not be read: " + e.getMessage(), e);
        }
    }

    static List<Long> longs(PreparedStatement s) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    static String truncate(String text, int max) {
        String value = text == null ? "(no message)" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
