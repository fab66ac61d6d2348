package org.helpdesk.application;

import java.time.YearMonth;
import org.helpdesk.reports.monthly.MonthlyReport.Satisfaction;

/**
 * Where the monthly report takes its satisfaction figures from. The questionnaire does not exist yet: the default
 * implementation answers "none sent"; the feature that adds questionnaires provides an alternative bean.
 */
public interface SatisfactionSurveys {

    Satisfaction of(String customer, YearMonth month);
}
