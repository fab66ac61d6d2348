package org.helpdesk.application.survey.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour (at minute 17), sends the satisfaction questionnaire reminders that have become due. Administrators
 * can run the same now ({@code POST /api/surveys/reminders}); the write lock keeps two runs on this server apart,
 * and the questionnaire's version keeps a reminder from going twice.
 */
@Singleton
@PermitAll
public class SurveyReminderSchedule {

    private static final Logger LOG = Logger.getLogger(SurveyReminderSchedule.class.getName());

    @EJB
    private SurveyLifecycle lifecycle;

    // Persistent: on a cluster the timer lives in the database and one server sends each hour's reminders.
    @Schedule(minute = "17", hour = "*", persistent = true)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        try {
            lifecycle.sendDueReminders();
        } catch (RuntimeException e) {
            // The database may be down; the next hour tries again.
            LOG.log(Level.WARNING, "Satisfaction questionnaire reminders not sent: " + e.getMessage());
        }
    }

    /** The same run, on demand; the caller's rights are checked by the service that calls this. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runNow() {
        return lifecycle.sendDueReminders();
    }
}
