package org.helpdesk.application.survey.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.application.ticket.internal.Notifications;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.SurveyToken;
import org.helpdesk.domain.survey.Surveys;
import org.helpdesk.domain.ticket.ServiceTicket;

/**
 * The questionnaire's part in the ticket's life, inside the caller's transaction: a closure sends a new one (and
 * voids any earlier one still open), a reopening voids the open one; and the one reminder for questionnaires left
 * unanswered. Settings (system properties, read at each use):
 * <ul>
 * <li>{@value #EXPIRY_DAYS}: days a questionnaire can be answered, default 14;</li>
 * <li>{@value #REMINDER_DAYS}: days after sending when the one reminder goes, default 5;</li>
 * <li>{@value #BASE_URL}: the application's public address for the links, default
 * {@code http://localhost:<HTTP port>/helpdesk}.</li>
 * </ul>
 */
@Stateless
@PermitAll
public class SurveyLifecycle {

    public static final String EXPIRY_DAYS = "helpdesk.survey.expiry.days";
    public static final String REMINDER_DAYS = "helpdesk.survey.reminder.days";
    public static final String BASE_URL = "helpdesk.survey.base-url";
    public static final String PAGE = "/survey/answer.xhtml?t=";

    private static final Logger LOG = Logger.getLogger(SurveyLifecycle.class.getName());

    /** A questionnaire's personal link, to put in a mail; the token in it is never stored. */
    public record Invitation(String link, Instant expiresAt) implements java.io.Serializable {
    }

    @Inject
    private Surveys surveys;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private Notifications notifications;

    @Inject
    private Clock clock;

    /**
     * A new questionnaire for the closure just agreed; an earlier one still open is void. None when the contact has
     * no e-mail address.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Invitation> closed(ServiceTicket ticket, Instant at) {
        voidOpen(ticket, at);
        if (ticket.getContact() == null || ticket.getContact().getEmail() == null
                || ticket.getContact().getEmail().isBlank()) {
            return Optional.empty();
        }
        String token = SurveyToken.generate();
        SatisfactionSurvey survey = new SatisfactionSurvey(ticket, SurveyToken.hash(token), at,
                Duration.ofDays(days(EXPIRY_DAYS, 14)));
        surveys.add(survey);
        return Optional.of(new Invitation(link(token), survey.getExpiresAt()));
    }

    /** The ticket was reopened: its questionnaire not answered yet can no longer be answered. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reopened(ServiceTicket ticket, Instant at) {
        voidOpen(ticket, at);
    }

    /**
     * Sends the one reminder of every questionnaire that is due at this instant (pending, not reminded, sent at
     * least {@value #REMINDER_DAYS} days ago), each with a new personal link. Never a second reminder, never one
     * for an answered, expired or void questionnaire.
     *
     * @return how many reminders were queued
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int sendDueReminders() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Duration after = Duration.ofDays(days(REMINDER_DAYS, 5));
        List<SatisfactionSurvey> candidates = surveys.reminderCandidates(now, now.minus(after));
        int sent = 0;
        for (SatisfactionSurvey survey : candidates) {
            if (survey.reminderDue(now, after)) {
                String token = SurveyToken.generate();
                survey.remind(SurveyToken.hash(token), now);
                notifications.surveyReminder(survey, new Invitation(link(token), survey.getExpiresAt()));
                sent++;
            }
        }
        unitOfWork.flush();
        if (sent > 0) {
            int queued = sent;
            LOG.info(() -> "Satisfaction questionnaire reminders queued: " + queued);
        }
        return sent;
    }

    private void voidOpen(ServiceTicket ticket, Instant at) {
        for (SatisfactionSurvey survey : surveys.unansweredOf(ticket)) {
            survey.invalidate(at);
        }
    }

    /** The public address of the questionnaire page for {@code token}. */
    public static String link(String token) {
        return baseUrl() + PAGE + token;
    }

    /** {@value #BASE_URL} without a trailing slash, else this server's HTTP address on localhost. */
    public static String baseUrl() {
        String configured = System.getProperty(BASE_URL);
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        int port = Integer.getInteger("jboss.http.port", 8080)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port + "/helpdesk";
    }

    /** A positive whole number of days from a system property, else the default (a bad value is logged). */
    public static int days(String property, int otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days > 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> property + "=" + value + " is not a positive number of days; using " + otherwise + ".");
        return otherwise;
    }
}
