package org.helpdesk.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.application.survey.SurveyViews.Results;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;

/**
 * The satisfaction results ({@code /app/surveys/results.xhtml} for programming managers and administrators,
 * {@code /app/surveys/mine.xhtml} for an operator's own averages): the last months' questionnaires with their
 * response rate and averages, as charts and as the same figures in tables.
 */
@Named("surveyResults")
@ViewScoped
public class SurveyResultsScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1d3557", "#457b9d", "#2a9d8f", "#e9c46a", "#e76f51"};

    @EJB
    private SurveyService surveys;

    @Inject
    private Formats fmt;

    private int months = 12;
    private Results results;

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        YearMonth to = YearMonth.now(HelpDeskCalendar.ZONE);
        results = Messages.attempt(() -> surveys.results(to.minusMonths(months - 1L), to));
    }

    public List<Integer> getPeriods() {
        return List.of(3, 6, 12, 24);
    }

    public List<SurveyQuestion> getQuestions() {
        return List.of(SurveyQuestion.values());
    }

    /** An average to one decimal, or a dash where none was answered. */
    public String score(Double value) {
        return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder mean = Json.createArrayBuilder();
        if (results != null) {
            for (Averages month : results.byMonth()) {
                labels.add(month.key());
                addScore(mean, month.mean());
            }
        }
        return chart(labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", fmt.label("surveys", "mean")).add("data", mean).add("backgroundColor", COLOURS[0])));
    }

    public String getSeverityChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (results != null) {
            results.bySeverity().forEach(s -> labels.add(fmt.label("enum.Severity", s.key())));
            for (SurveyQuestion question : SurveyQuestion.values()) {
                JsonArrayBuilder data = Json.createArrayBuilder();
                results.bySeverity().forEach(s -> addScore(data, s.averages().get(question.ordinal())));
                datasets.add(Json.createObjectBuilder()
                        .add("label", fmt.label("survey.question", question.name())).add("data", data)
                        .add("backgroundColor", COLOURS[question.ordinal()]));
            }
        }
        return chart(labels, datasets);
    }

    private static void addScore(JsonArrayBuilder data, Double value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(Math.round(value * 10) / 10.0);
        }
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0).add("max", 5);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public Results getResults() {
        return results;
    }
}
