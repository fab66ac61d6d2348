package org.helpdesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import org.helpdesk.application.SatisfactionSurveys;
import org.helpdesk.reports.monthly.MonthlyReport.Satisfaction;

/** Until questionnaires exist: none sent, none answered. */
@ApplicationScoped
public class NoSatisfactionSurveys implements SatisfactionSurveys {

    @Override
    public Satisfaction of(String customer, YearMonth month) {
        return Satisfaction.none();
    }
}
