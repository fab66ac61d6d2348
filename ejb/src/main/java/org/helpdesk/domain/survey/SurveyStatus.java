package org.helpdesk.domain.survey;

/** Where a questionnaire stands; derived from its dates and the instant asked about, never stored. */
public enum SurveyStatus {
    /** Sent, not answered yet, still valid: the link shows the form. */
    PENDING,
    /** Answered: the link says thank you, once is enough. */
    ANSWERED,
    /** Not answered within its validity. */
    EXPIRED,
    /** Replaced: the ticket was reopened after the questionnaire was sent. */
    VOID
}
