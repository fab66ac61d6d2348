package org.helpdesk.web.survey;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.survey.SurveyViews.TicketSurvey;
import org.helpdesk.domain.survey.SurveyQuestion;

/** The questionnaires of the ticket on the ticket screen ({@code #{ticketSurveys.of(number)}}), read once a request. */
@Named("ticketSurveys")
@RequestScoped
public class TicketSurveys {

    @EJB
    private SurveyService surveys;

    private final Map<String, List<TicketSurvey>> read = new HashMap<>();

    public List<SurveyQuestion> getQuestions() {
        return List.of(SurveyQuestion.values());
    }

    public List<TicketSurvey> of(String number) {
        if (number == null) {
            return List.of();
        }
        return read.computeIfAbsent(number, n -> {
            try {
                return surveys.forTicket(n);
            } catch (NotFoundException e) {
                return List.of();
            }
        });
    }
}
