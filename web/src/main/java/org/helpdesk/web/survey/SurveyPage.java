package org.helpdesk.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.survey.SurveyViews.Answer;
import org.helpdesk.application.survey.SurveyViews.LinkStatus;
import org.helpdesk.application.survey.SurveyViews.Questionnaire;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyNotOpenException;
import org.helpdesk.web.support.Messages;

/**
 * The public questionnaire page ({@code /survey/answer.xhtml?t=<token>}): the form while the questionnaire is
 * pending, otherwise a plain message saying why not (answered, expired, void, or a link that is not valid). In the
 * contact's language unless {@code lang=it|en} asks otherwise.
 *
 * <p>The view is stateless (transient) and this bean lives for one request: the token and the language travel in the
 * address and in hidden fields, so a form left open for hours still submits, with no session to expire.
 */
@Named("surveyPage")
@RequestScoped
public class SurveyPage {

    @EJB
    private SurveyService surveys;

    private String token;
    private String lang;
    private Questionnaire questionnaire;
    private Integer takingCharge;
    private Integer competence;
    private Integer communication;
    private Integer solution;
    private Integer overall;
    private String comment;

    @PostConstruct
    void parameters() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        token = parameters.get("t");
        lang = parameters.get("lang");
    }

    /** The questionnaire the link names, read once; never an error page, whatever the link holds. */
    private Questionnaire questionnaire() {
        if (questionnaire == null) {
            questionnaire = surveys.open(token);
        }
        return questionnaire;
    }

    /** Records the answer and shows the thank-you page; a refusal stays on the form with its message. */
    public String submit() {
        try {
            questionnaire = surveys.answer(token, new Answer(takingCharge, competence, communication, solution,
                    overall, comment));
        } catch (InvalidValueException e) {
            error(text("survey.invalid") + " " + Messages.refusal(e, bundle()));
            return null;
        } catch (SurveyNotOpenException | LostUpdateException e) {
            // Answered meanwhile (another tab, a double click): say so instead of the form.
            questionnaire = surveys.open(token);
            return null;
        }
        if (questionnaire.status() == LinkStatus.ANSWERED) {
            return "/survey/thanks?faces-redirect=true&lang=" + getLanguage();
        }
        return null;
    }

    public void validateScore(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof Integer score) || !Scores.inRange(score)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text("survey.range"), null));
        }
    }

    public void validateComment(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text
                && text.replace("\r\n", "\n").strip().length() > SatisfactionSurvey.COMMENT_MAX) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("survey.commentTooLong"), null));
        }
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public int getCommentMax() {
        return SatisfactionSurvey.COMMENT_MAX;
    }

    /** {@code lang} if it says it or en, else the contact's language, else the browser's. */
    public Locale getLocale() {
        if ("it".equals(lang) || "en".equals(lang)) {
            return Locale.forLanguageTag(lang);
        }
        if (questionnaire().language() != null) {
            return Locale.forLanguageTag(questionnaire().language());
        }
        Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return browser != null && "it".equals(browser.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String getStatus() {
        return questionnaire().status().name();
    }

    public boolean isPending() {
        return questionnaire().status() == LinkStatus.PENDING;
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A text of the screens' bundle in the page's language (which is not the signed-in user's: there is none). */
    private String text(String key) {
        return bundle().getString(key);
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.helpdesk.web.messages", getLocale(),
                Thread.currentThread().getContextClassLoader());
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire();
    }

    public String getToken() {
        return token;
    }

    public String getLang() {
        return lang;
    }

    public Integer getTakingCharge() {
        return takingCharge;
    }

    public void setTakingCharge(Integer takingCharge) {
        this.takingCharge = takingCharge;
    }

    public Integer getCompetence() {
        return competence;
    }

    public void setCompetence(Integer competence) {
        this.competence = competence;
    }

    public Integer getCommunication() {
        return communication;
    }

    public void setCommunication(Integer communication) {
        this.communication = communication;
    }

    public Integer getSolution() {
        return solution;
    }

    public void setSolution(Integer solution) {
        this.solution = solution;
    }

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
