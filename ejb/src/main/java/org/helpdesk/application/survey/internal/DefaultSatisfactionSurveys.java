package org.helpdesk.application.survey.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.application.survey.SatisfactionSurveys;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.infrastructure.mail.MailTemplates;
import org.helpdesk.reports.monthly.MonthlyReport.Satisfaction;
import org.hibernate.jpa.HibernateHints;

/**
 * The monthly report's satisfaction figures: the customer's questionnaires sent in the month (void ones left out),
 * how many were answered, and the average score per question and overall (the mean of the five scores), per
 * severity and in all. Runs in the report service's transaction.
 */
@ApplicationScoped
public class DefaultSatisfactionSurveys implements SatisfactionSurveys {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public Satisfaction of(String customer, YearMonth month, Locale language) {
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<SatisfactionSurvey> surveys = em.createQuery("select s from SatisfactionSurvey s join fetch s.ticket"
                + " where s.customer.code = :code and s.sentAt >= :start and s.sentAt < :end and s.voidedAt is null",
                SatisfactionSurvey.class).setParameter("code", customer).setParameter("start", start)
                .setParameter("end", end)
                // read only, without flushing first: the monthly run calls this for every customer in one chunk
                .setFlushMode(FlushModeType.COMMIT).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
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
        Averages all = DefaultSurveyService.averages("ALL", "ALL", surveys, now);
        averages.put("ALL", all.averages());
        overall.put("ALL", all.mean());
        for (Severity severity : Severity.values()) {
            Averages of = DefaultSurveyService.averages(severity.name(), severity.name(),
                    surveys.stream().filter(s -> s.getSeverity() == severity).toList(), now);
            averages.put(severity.name(), of.averages());
            overall.put(severity.name(), of.mean());
        }
        return new Satisfaction(surveys.size(), (int) all.answered(), questions, averages, overall);
    }
}
