package org.helpdesk.domain.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.ticket.ServiceTicket;

/**
 * The satisfaction questionnaires, to answer, remind and void. Implemented by the persistence layer; runs in the
 * caller's transaction. The results are {@link SurveyResults}'.
 */
public interface Surveys {

    /** @return the questionnaire whose first or reminder link has this {@link SurveyToken#hash}, with its ticket */
    Optional<SatisfactionSurvey> byTokenHash(String tokenHash);

    /** @return the questionnaires of the ticket, newest first */
    List<SatisfactionSurvey> of(ServiceTicket ticket);

    /** @return the questionnaires of the ticket neither answered nor void (expired ones included) */
    List<SatisfactionSurvey> unansweredOf(ServiceTicket ticket);

    /**
     * @return the questionnaires that may need their reminder at {@code now}, with their tickets, oldest first:
     *         neither answered, void nor reminded, not expired, sent at or before {@code sentBy}
     */
    List<SatisfactionSurvey> reminderCandidates(Instant now, Instant sentBy);

    void add(SatisfactionSurvey survey);
}
