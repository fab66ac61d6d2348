package org.helpdesk.batch.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.helpdesk.application.cluster.Cluster;
import org.helpdesk.application.health.HealthCheck;
import org.helpdesk.batch.report.ReportDeliveries;
import org.helpdesk.batch.report.ReportStore;
import org.helpdesk.batch.report.RunParameters;

/**
 * The schedule of the monthly report run.
 *
 * <ul>
 * <li>A persistent calendar timer fires every night at {@code -Dhelpdesk.reports.schedule.time} (default 02:00 in the
 * help desk's time zone, {@code -Dhelpdesk.timezone}):
 * it retries the failed report mails whose backoff has passed, and starts the monthly run when it is due
 * ({@link MonthlyRunSchedule}: on {@code -Dhelpdesk.reports.schedule.day}, default the 1st, the previous month).</li>
 * <li>Shortly after the server starts it restarts a run a crash interrupted and catches up: a month whose scheduled
 * run was never started (the server was down at the time) is started then. {@code report_schedule}'s primary key
 * makes each month's scheduled run start once.</li>
 * <li>Every 15 minutes, failed report mails whose backoff has passed are tried again.</li>
 * </ul>
 * {@code -Dhelpdesk.reports.schedule.enabled=false} turns the nightly timer and the catch-up off,
 * {@code -Dhelpdesk.reports.resume.enabled=false} the resumption of interrupted runs (the retries stay).
 * Questionnaire reminders are not sent from here.
 */
@Singleton
@Startup
@PermitAll
public class MonthlyRunScheduler {

    private static final Logger LOG = Logger.getLogger(MonthlyRunScheduler.class.getName());
    private static final String NIGHTLY = "monthly-report-nightly";

    @Resource
    private TimerService timerService;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private ReportStore store;

    @Inject
    private ReportDeliveries deliveries;

    @Inject
    private HealthCheck health;

    @EJB
    private Cluster cluster;

    private boolean resumeEnabled;

    @PostConstruct
    void init() {
        boolean schedule = Boolean.parseBoolean(System.getProperty("helpdesk.reports.schedule.enabled", "true"));
        boolean resume = Boolean.parseBoolean(System.getProperty("helpdesk.reports.resume.enabled", "true"));
        resumeEnabled = resume;
        if (schedule) {
            MonthlyRunSchedule configured = MonthlyRunSchedule.configured();
            ScheduleExpression nightly = new ScheduleExpression().hour(configured.time().getHour())
                    .minute(configured.time().getMinute()).second(0)
                    .timezone(TimeZone.getTimeZone(configured.zone()).getID());
            boolean present = false;
            for (Timer timer : timerService.getTimers()) {
                if (NIGHTLY.equals(timer.getInfo())) {
                    ScheduleExpression existing = timer.getSchedule();
                    // A timer of another time or zone (such as UTC, the zone of earlier versions) is replaced.
                    if (!present && existing.getHour().equals(nightly.getHour())
                            && existing.getMinute().equals(nightly.getMinute())
                            && nightly.getTimezone().equals(existing.getTimezone())) {
                        present = true;
                    } else {
                        timer.cancel();
                    }
                }
            }
            if (!present) {
                timerService.createCalendarTimer(nightly, new TimerConfig(NIGHTLY, true));
            }
            LOG.info(() -> "Monthly report run: day " + configured.dayOfMonth() + " at " + configured.time() + " "
                    + configured.zone().getId() + ".");
        } else {
            LOG.info("The monthly report schedule is off (helpdesk.reports.schedule.enabled=false).");
        }
        if (schedule || resume) {
            timerService.createSingleActionTimer(Long.getLong("helpdesk.reports.startup.delay.ms", 20_000),
                    new TimerConfig(new StartupWork(schedule, resume), false));
        }
    }

    /** What the start-up timer does: catch up the schedule, resume interrupted runs. */
    record StartupWork(boolean catchUp, boolean resume) implements java.io.Serializable {
    }

    @Timeout
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        if (!health.databaseReady()) {
            // The database is not there yet: try again in a minute (the schema migration retries every minute too).
            timerService.createSingleActionTimer(60_000, new TimerConfig(timer.getInfo(), false));
            return;
        }
        try {
            if (timer.getInfo() instanceof StartupWork startup) {
                if (startup.resume()) {
                    resumeInterrupted();
                }
                if (startup.catchUp()) {
                    runScheduledIfDue();
                }
            } else {
                retryDue();
                runScheduledIfDue();
            }
        } catch (RuntimeException e) {
            LOG.warning("The monthly report schedule failed, next attempt at its next time: " + e);
        }
    }

    // Persistent: on a cluster, one server retries at each time (the timer lives in the database).
    @Schedule(minute = "*/15", hour = "*", persistent = true)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retrySweep() {
        if (health.databaseReady()) {
            retryDue();
        }
    }

    /** @return how many failed report mails were sent now */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryDue() {
        return retry(false);
    }

    /** @return how many failed report mails were sent now, backoff or not */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int retryAll() {
        return retry(true);
    }

    private int retry(boolean everyFailed) {
        Instant now = Instant.now(clock);
        int sent = 0;
        long after = 0;
        List<Long> page;
        do {
            page = store.failedDeliveries(now, everyFailed, after, 100);
            for (Long id : page) {
                sent += deliveries.send(id) ? 1 : 0;
                after = id;
            }
        } while (!page.isEmpty());
        return sent;
    }

    /**
     * Starts the month most recently due if its scheduled run was never started.
     *
     * @return the month started, if one was
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<YearMonth> runScheduledIfDue() {
        return runScheduledIfDue(Instant.now(clock));
    }

    private Optional<YearMonth> runScheduledIfDue(Instant now) {
        Optional<YearMonth> due = MonthlyRunSchedule.configured().due(now, this::claimed);
        if (due.isEmpty() || !claim(due.get(), now)) {
            return Optional.empty();
        }
        YearMonth month = due.get();
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("startedBy", "schedule");
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(RunParameters.JOB, parameters);
        } catch (RuntimeException e) {
            update("DELETE FROM report_schedule WHERE report_month = ?", month.toString(), null);
            throw e;
        }
        update("UPDATE report_schedule SET job_execution_id = ? WHERE report_month = ?", month.toString(), execution);
        LOG.info(() -> "Monthly report run of " + month + " started by the schedule (execution " + execution + ").");
        return due;
    }

    /**
     * Restarts the runs that were running when their server stopped (a crash or kill): they finish what is left. At
     * start-up: every run not held by a live server (its lease expired, or this server held it before it stopped).
     */
    private void resumeInterrupted() {
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        for (Long execution : runningExecutions()) {
            if (cluster.runLeftBehind(execution, started)) {
                restart(execution, "was interrupted");
            }
        }
    }

    /**
     * Every 15 seconds: a run whose server died (its lease expired: that server stopped renewing it 30 seconds ago)
     * is taken over by this server, which restarts it from its last checkpoint. Only the server that takes the lease
     * restarts the run.
     */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void takeOverOrphanedRuns() {
        if (!health.databaseReady() || !resumeEnabled) {
            return;
        }
        try {
            for (Long execution : runningExecutions()) {
                if (cluster.takeOverRun(execution)) {
                    restart(execution, "lost its server");
                    cluster.runEnded(execution);
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("Monthly report runs of servers that stopped not checked: " + e.getMessage());
        }
    }

    private static List<Long> runningExecutions() {
        try {
            return BatchRuntime.getJobOperator().getRunningExecutions(RunParameters.JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static void restart(long execution, String why) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            long restarted = operator.restart(execution, RunParameters.forRestart(operator.getParameters(execution)));
            LOG.info(() -> "Monthly report run execution " + execution + " " + why + "; restarted as " + restarted
                    + " on " + System.getProperty("jboss.node.name", "this server") + ".");
        } catch (RuntimeException e) {
            LOG.warning("Monthly report run execution " + execution + " could not be restarted: " + e);
        }
    }

    private boolean claimed(YearMonth month) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM report_schedule WHERE report_month = ?")) {
            s.setString(1, month.toString());
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The schedule could not be read: " + e.getMessage(), e);
        }
    }

    /** @return whether this call recorded the month as started (the primary key lets only one do so) */
    private boolean claim(YearMonth month, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO report_schedule (report_month, started_at) VALUES (?, ?)")) {
            s.setString(1, month.toString());
            s.setTimestamp(2, Timestamp.from(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (claimed(month)) {
                return false;
            }
            throw new IllegalStateException("The schedule could not be recorded: " + e.getMessage(), e);
        }
    }

    private void update(String sql, String month, Long execution) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (execution != null) {
                s.setLong(1, execution);
                s.setString(2, month);
            } else {
                s.setString(1, month);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The schedule could not be recorded: " + e.getMessage(), e);
        }
    }
}
