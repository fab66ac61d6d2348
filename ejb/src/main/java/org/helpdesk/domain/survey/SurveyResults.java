package org.helpdesk.domain.survey;

import java.time.Instant;
import java.util.List;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.Severity;

/**
 * The questionnaires as their results count them: rows, not entities, void ones left out. Implemented by the
 * persistence layer; runs in the caller's transaction and changes nothing.
 */
public interface SurveyResults {

    /**
     * One questionnaire that is not void.
     *
     * @param operator the operator of the closure, or null
     * @param answeredAt null until answered
     * @param scores null until answered
     * @param comment the customer's comment, or null
     */
    record Sent(String ticketNumber, String customerCode, String customerName, String operator, Severity severity,
            RequestKind kind, Instant sentAt, Instant expiresAt, Instant answeredAt, Scores scores, String comment) implements java.io.Serializable {

        /** @see SatisfactionSurvey#status(Instant) */
        public SurveyStatus status(Instant now) {
            return SatisfactionSurvey.status(null, answeredAt, expiresAt, now);
        }
    }

    /**
     * @param operator the operator whose questionnaires to read, or null for everybody's
     * @return the questionnaires sent from {@code start} (included) to {@code end} (excluded), by sending time
     */
    List<Sent> sentBetween(Instant start, Instant end, String operator);

    /**
     * Reads without writing the caller's pending changes first: the monthly report run asks this for every customer
     * of its chunk.
     *
     * @return the customer's questionnaires sent from {@code start} (included) to {@code end} (excluded), in no
     *         particular order
     */
    List<Sent> sentTo(String customerCode, Instant start, Instant end);
}
