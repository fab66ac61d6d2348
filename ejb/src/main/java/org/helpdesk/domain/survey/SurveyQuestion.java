package org.helpdesk.domain.survey;

/** The five questions, each scored from 1 (poor) to 5 (excellent), in the order the questionnaire asks them. */
public enum SurveyQuestion {
    TAKING_CHARGE,
    COMPETENCE,
    COMMUNICATION,
    SOLUTION,
    OVERALL
}
