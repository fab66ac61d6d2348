package org.helpdesk.batch.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.helpdesk.infrastructure.mail.MailSessions;
import org.helpdesk.infrastructure.mail.SmtpConnection;

/**
 * Sends one queued report mail and records the outcome, each in a transaction of its own.
 *
 * <p>The delivery row is locked ({@code SELECT … FOR UPDATE}) for the whole attempt, so two senders (the run, the
 * retry schedule, an administrator's retry) never send the same delivery twice; a row already SENT is not sent again.
 * SENT is recorded right after the SMTP server accepted the mail. The one gap SMTP leaves (the server stops after
 * the SMTP server accepted the mail and before SENT commits) makes that mail go again on the next attempt, with the
 * same Message-ID. A failure is recorded as FAILED with the reason and retried with backoff (5 minutes, doubling,
 * at most a day).</p>
 *
 * <p>Internal to the batch module: callers check the roles.</p>
 */
@Stateless
@PermitAll
public class ReportDeliveries {

    private static final Logger LOG = Logger.getLogger(ReportDeliveries.class.getName());
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(5);
    static final Duration MAX_BACKOFF = Duration.ofDays(1);
    /** Longer than for text mails: a report mail carries its PDF. */
    private static final Duration SMTP_READ_TIMEOUT = Duration.ofSeconds(20);

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Inject
    private Clock clock;

    /** @return whether the mail was sent by this call, on a connection of its own */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long deliveryId) {
        try (SmtpConnection smtp = connection()) {
            return send(deliveryId, smtp);
        }
    }

    /** @return a connection to the SMTP server for {@link #send(long, SmtpConnection)}, for a series of mails */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SmtpConnection connection() {
        return new SmtpConnection(MailSessions.withTimeouts(mailSession, SMTP_READ_TIMEOUT));
    }

    /** @return whether the mail was sent by this call, on the sender's connection */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long deliveryId, SmtpConnection smtp) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT status FROM report_delivery WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, deliveryId);
                try (ResultSet r = lock.executeQuery()) {
                    if (!r.next() || "SENT".equals(r.getString(1))) {
                        return false;
                    }
                }
            }
            ReportMail mail;
            try (PreparedStatement s = c.prepareStatement("SELECT d.recipient, d.language, d.report_month, d.version,"
                    + " d.message_id, d.delivery_key, d.attempts, c.code, c.name, a.pdf FROM report_delivery d"
                    + " JOIN report_archive a ON a.id = d.archive_id JOIN customer c ON c.id = d.customer_id"
                    + " WHERE d.id = ?")) {
                s.setLong(1, deliveryId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    mail = new ReportMail(r.getString(1), Locale.forLanguageTag(r.getString(2)),
                            YearMonth.parse(r.getString(3)), r.getInt(4), r.getString(5), r.getString(6),
                            r.getString(8), r.getString(9), r.getBytes(10));
                    mail.attempts = r.getInt(7);
                }
            }
            Instant now = Instant.now(clock);
            try {
                smtp.send(mail.toMime(mailSession, now));
            } catch (MessagingException | RuntimeException e) {
                int attempts = mail.attempts + 1;
                String reason = ReportStore.truncate(e.getMessage() == null ? e.toString() : e.getMessage(), 1000);
                try (PreparedStatement s = c.prepareStatement("UPDATE report_delivery SET status = 'FAILED',"
                        + " attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")) {
                    s.setInt(1, attempts);
                    s.setString(2, reason);
                    s.setTimestamp(3, Timestamp.from(now.plus(backoff(attempts))));
                    s.setLong(4, deliveryId);
                    s.executeUpdate();
                }
                LOG.warning(() -> "Monthly report mail " + mail.deliveryKey + " not sent (attempt " + attempts + "): "
                        + reason);
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE report_delivery SET status = 'SENT',"
                    + " attempts = attempts + 1, sent_at = ?, next_attempt_at = NULL WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setLong(2, deliveryId);
                s.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Delivery " + deliveryId + " could not be read or recorded: "
                    + e.getMessage(), e);
        }
    }

    /** 5 minutes after the first failure, doubling with each, at most a day. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
