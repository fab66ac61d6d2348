package org.helpdesk.application.survey;

import java.time.YearMonth;
import java.util.List;
import org.helpdesk.application.survey.SurveyViews.Answer;
import org.helpdesk.application.survey.SurveyViews.Questionnaire;
import org.helpdesk.application.survey.SurveyViews.Results;
import org.helpdesk.application.survey.SurveyViews.TicketSurvey;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * The customer satisfaction questionnaire: what its public link shows and takes, the reminders, and the results
 * for staff. A questionnaire is sent by the closure of a service ticket and voided by its reopening
 * ({@link ServiceTicketService}).
 */
public interface SurveyService {

    /**
     * What the link with this token shows; anyone may ask (the token is the credential). A malformed or made-up
     * token gives {@link SurveyViews.LinkStatus#UNKNOWN}, exactly like a mistyped one.
     */
    Questionnaire open(String token);

    /**
     * Records the answer if the questionnaire is pending; otherwise changes nothing and says why (answered, expired,
     * void, unknown).
     *
     * @throws InvalidValueException for a score missing or outside 1-5, or a comment over 2,000 characters
     *     (nothing is recorded)
     */
    Questionnaire answer(String token, Answer answer);

    /**
     * Sends now the reminders that are due (what the hourly schedule does). ADMIN only.
     *
     * @return how many reminders were queued
     */
    int sendReminders();

    /**
     * The questionnaires of a ticket, newest first; comments for PROGRAMMING_MANAGER and ADMIN only.
     *
     * @throws UnknownReferenceException (field {@code ticket}) for an unknown service ticket
     */
    List<TicketSurvey> forTicket(String number);

    /**
     * Results of the questionnaires sent in the months from {@code from} to {@code to}: for PROGRAMMING_MANAGER and
     * ADMIN everything, with comments; for an OPERATOR their own averages only, without comments.
     *
     * @throws InvalidValueException if {@code from} is after {@code to} or the period is over 36 months
     */
    Results results(YearMonth from, YearMonth to);
}
