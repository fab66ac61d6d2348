package org.helpdesk.domain.survey;

/** An answer or a reminder for a questionnaire that is no longer pending; says which state it is in. */
public class SurveyNotOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SurveyStatus status;

    public SurveyNotOpenException(SurveyStatus status, String message) {
        super(message);
        this.status = status;
    }

    public SurveyStatus getStatus() {
        return status;
    }
}
