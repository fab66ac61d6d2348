package org.helpdesk.application.survey.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.application.survey.SatisfactionSurveys;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.survey.SurveyResults;
import org.helpdesk.domain.survey.SurveyResults.Sent;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.infrastructure.mail.MailTemplates;
import org.helpdesk.reports.monthly.MonthlyReport.Satisfaction;

/**
 * The monthly report's satisfaction figures: the customer's questionnaires sent in the month (void ones left out),
 * how many were answered, and the average score per question and overall (the mean of the five scores), per
 * severity and in all. Runs in the report service's transaction.
 */
@ApplicationScoped
public class DefaultSatisfactionSurveys implements SatisfactionSurveys {

    @Inject
    private SurveyResults results;

    @Inject
    private Clock clock;

    @Override
    public Satisfaction of(String customer, YearMonth month, Locale language) {
        Instant start = HelpDeskCalendar.startOf(month);
        Instant end = HelpDeskCalendar.endOf(month);
        List<Sent> surveys = results.sentTo(customer, start, end);
        if (surveys.isEmpty()) {
            return Satisfaction.none();
        }
        Instant now = Instant.now(clock);
        List<String> questions = new ArrayList<>();
        for (SurveyQuestion question : SurveyQuestion.values()) {
            questions.add(MailTemplates.label("survey.question." + question.name(), language));
        }
        Map<String, List<Double>> averages = new HashMap<>();
        Map<String, Double> overall = new HashMap<>();
        Averages all = SurveyAverages.of("ALL", "ALL", surveys, now);
        averages.put("ALL", all.averages());
        overall.put("ALL", all.mean());
        for (Severity severity : Severity.values()) {
            Averages of = SurveyAverages.of(severity.name(), severity.name(),
                    surveys.stream().filter(s -> s.severity() == severity).toList(), now);
            averages.put(severity.name(), of.averages());
            overall.put(severity.name(), of.mean());
        }
        return new Satisfaction(surveys.size(), (int) all.answered(), questions, averages, overall);
    }
}
