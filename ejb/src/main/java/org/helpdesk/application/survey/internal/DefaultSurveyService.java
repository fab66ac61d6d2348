package org.helpdesk.application.survey.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.survey.SurveyViews.Answer;
import org.helpdesk.application.survey.SurveyViews.CommentLine;
import org.helpdesk.application.survey.SurveyViews.LinkStatus;
import org.helpdesk.application.survey.SurveyViews.Questionnaire;
import org.helpdesk.application.survey.SurveyViews.Results;
import org.helpdesk.application.survey.SurveyViews.TicketSurvey;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyNotOpenException;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.survey.SurveyResults;
import org.helpdesk.domain.survey.SurveyResults.Sent;
import org.helpdesk.domain.survey.SurveyStatus;
import org.helpdesk.domain.survey.SurveyToken;
import org.helpdesk.domain.survey.Surveys;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.time.HelpDeskCalendar;

@Stateless
public class DefaultSurveyService implements SurveyService {

    static final int MAX_MONTHS = 36;

    @Inject
    private Surveys surveys;

    @Inject
    private SurveyResults results;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private SurveyReminderSchedule reminders;

    @Inject
    private ServiceTickets tickets;

    @Inject
    private Caller caller;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public Questionnaire open(String token) {
        return find(token).map(s -> view(s, caller.now())).orElseGet(Questionnaire::unknown);
    }

    @Override
    @PermitAll
    public Questionnaire answer(String token, Answer answer) {
        Optional<SatisfactionSurvey> found = find(token);
        if (found.isEmpty()) {
            return Questionnaire.unknown();
        }
        SatisfactionSurvey survey = found.get();
        Instant now = caller.now();
        if (survey.status(now) != SurveyStatus.PENDING) {
            return view(survey, now);
        }
        survey.answer(new Scores(answer.takingCharge(), answer.competence(), answer.communication(),
                answer.solution(), answer.overall()), answer.comment(), now);
        try {
            unitOfWork.flush();
        } catch (LostUpdateException e) {
            // Answered, voided or reminded by another request since this one read it (pending): the page asks again.
            SurveyNotOpenException refused = new SurveyNotOpenException(SurveyStatus.PENDING, "The questionnaire for "
                    + survey.getTicket().getNumber() + " changed while the answer was given: it was not recorded.");
            refused.initCause(e);
            throw refused;
        }
        return view(survey, now);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public int sendReminders() {
        return reminders.runNow();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<TicketSurvey> forTicket(String number) {
        ServiceTicket ticket = tickets.byNumber(number)
                .orElseThrow(() -> new UnknownReferenceException("ticket", "notFound.serviceTicket",
                        "There is no service ticket {0}.", number));
        boolean comments = seesComments();
        Instant now = caller.now();
        return surveys.of(ticket).stream()
                .map(s -> new TicketSurvey(s.status(now).name(), s.getSentAt(), s.getExpiresAt(), s.getRemindedAt(),
                        s.getAnsweredAt(), s.getVoidedAt(),
                        s.scores().map(DefaultSurveyService::list).orElse(List.of()),
                        comments ? s.getComment() : null))
                .toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMING_MANAGER, Role.Names.ADMIN})
    public Results results(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidValueException("value.surveyPeriodRequired",
                    "Give the first and the last month of the period.");
        }
        if (from.isAfter(to)) {
            throw new InvalidValueException("value.surveyPeriodInverted", "The period is inverted: {0} is after {1}.",
                    String.valueOf(from), String.valueOf(to));
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidValueException("value.surveyPeriodTooLong", "The period can be at most {0} months long.",
                    String.valueOf(MAX_MONTHS));
        }
        boolean everything = seesComments();
        Instant start = HelpDeskCalendar.startOf(from);
        Instant end = HelpDeskCalendar.endOf(to);
        List<Sent> sent = results.sentBetween(start, end, everything ? null : caller.username());
        Instant now = caller.now();
        List<CommentLine> comments = everything ? sent.stream().filter(s -> s.comment() != null)
                .sorted(Comparator.comparing(Sent::answeredAt).reversed())
                .map(s -> new CommentLine(s.ticketNumber(), s.customerName(), s.operator(), s.answeredAt(),
                        s.scores() == null ? null : s.scores().mean(), s.comment()))
                .toList() : List.of();
        return new Results(from.toString(), to.toString(), SurveyAverages.of("ALL", "ALL", sent, now),
                SurveyAverages.byGroup(sent, Sent::customerCode, Sent::customerName, now),
                SurveyAverages.byGroup(sent, s -> s.operator() == null ? "-" : s.operator(), null, now),
                SurveyAverages.byGroup(sent, s -> s.severity().name(), null, now,
                        Comparator.comparing(key -> Severity.valueOf(key).ordinal())),
                SurveyAverages.byGroup(sent, s -> s.kind().name(), null, now,
                        Comparator.comparing(key -> RequestKind.valueOf(key).ordinal())),
                SurveyAverages.byGroup(sent, s -> HelpDeskCalendar.monthOf(s.sentAt()).toString(), null,
                        now),
                comments);
    }

    private boolean seesComments() {
        return context.isCallerInRole(Role.Names.PROGRAMMING_MANAGER) || context.isCallerInRole(Role.Names.ADMIN);
    }

    /** Looked up by the token's hash, with a parameter; a malformed token is not looked up at all. */
    private Optional<SatisfactionSurvey> find(String token) {
        if (!SurveyToken.wellFormed(token)) {
            return Optional.empty();
        }
        return surveys.byTokenHash(SurveyToken.hash(token));
    }

    private static Questionnaire view(SatisfactionSurvey survey, Instant now) {
        SurveyStatus status = survey.status(now);
        String language = survey.getLanguage().getLanguage();
        if (status != SurveyStatus.PENDING) {
            return new Questionnaire(LinkStatus.valueOf(status.name()), null, null, language, null);
        }
        return new Questionnaire(LinkStatus.PENDING, survey.getTicket().getNumber(), survey.getTicket().getSubject(),
                language, survey.getExpiresAt());
    }

    private static List<Integer> list(Scores scores) {
        List<Integer> values = new ArrayList<>();
        for (SurveyQuestion question : SurveyQuestion.values()) {
            values.add(scores.of(question));
        }
        return values;
    }
}
