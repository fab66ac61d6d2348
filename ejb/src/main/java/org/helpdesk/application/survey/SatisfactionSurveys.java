package org.helpdesk.application.survey;

import java.time.YearMonth;
import java.util.Locale;
import org.helpdesk.reports.monthly.MonthlyReport.Satisfaction;

/**
 * Where the monthly report takes its satisfaction figures from: the customer's questionnaires sent in the month,
 * how many were answered and the average scores, with the questions in the report's language.
 */
public interface SatisfactionSurveys {

    Satisfaction of(String customer, YearMonth month, Locale language);
}
