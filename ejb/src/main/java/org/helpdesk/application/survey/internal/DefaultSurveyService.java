package org.helpdesk.application.survey.internal;

import org.helpdesk.application.internal.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.survey.SurveyViews.Answer;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.application.survey.SurveyViews.CommentLine;
import org.helpdesk.application.survey.SurveyViews.LinkStatus;
import org.helpdesk.application.survey.SurveyViews.Questionnaire;
import org.helpdesk.application.survey.SurveyViews.Results;
import org.helpdesk.application.survey.SurveyViews.TicketSurvey;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.survey.SurveyStatus;
import org.helpdesk.domain.survey.SurveyToken;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.infrastructure.persistence.TicketRepository;

@Stateless
public class DefaultSurveyService implements SurveyService {

    static final int MAX_MONTHS = 36;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SurveyReminderSchedule reminders;

    @Inject
    private TicketRepository repository;

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
        em.flush();
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
        ServiceTicket ticket = repository.serviceTicket(number)
                .orElseThrow(() -> new UnknownReferenceException("ticket", "notFound.serviceTicket",
                        "There is no service ticket {0}.", number));
        boolean comments = seesComments();
        Instant now = caller.now();
        return em.createQuery("select s from SatisfactionSurvey s where s.ticket = :t"
                + " order by s.sentAt desc, s.id desc", SatisfactionSurvey.class).setParameter("t", ticket).getResultStream()
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
        Instant start = from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        TypedQuery<SatisfactionSurvey> query = em.createQuery("select s from SatisfactionSurvey s"
                + " join fetch s.ticket join fetch s.customer where s.sentAt >= :start and s.sentAt < :end"
                + " and s.voidedAt is null" + (everything ? "" : " and s.operator = :me") + " order by s.sentAt, s.id",
                SatisfactionSurvey.class).setParameter("start", start).setParameter("end", end);
        if (!everything) {
            query.setParameter("me", caller.username());
        }
        List<SatisfactionSurvey> surveys = query.getResultList();
        Instant now = caller.now();
        List<CommentLine> comments = everything ? surveys.stream().filter(s -> s.getComment() != null)
                .sorted(Comparator.comparing(SatisfactionSurvey::getAnsweredAt).reversed())
                .map(s -> new CommentLine(s.getTicket().getNumber(), s.getCustomer().getName(), s.getOperator(),
                        s.getAnsweredAt(), s.scores().map(Scores::mean).orElse(null), s.getComment()))
                .toList() : List.of();
        return new Results(from.toString(), to.toString(), averages("ALL", "ALL", surveys, now),
                group(surveys, s -> s.getCustomer().getCode(), s -> s.getCustomer().getName(), now),
                group(surveys, s -> s.getOperator() == null ? "-" : s.getOperator(), null, now),
                group(surveys, s -> s.getSeverity().name(), null, now,
                        Comparator.comparing(key -> Severity.valueOf(key).ordinal())),
                group(surveys, s -> s.getKind().name(), null, now,
                        Comparator.comparing(key -> RequestKind.valueOf(key).ordinal())),
                group(surveys, s -> YearMonth.from(s.getSentAt().atZone(ZoneOffset.UTC)).toString(), null, now),
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
        String hash = SurveyToken.hash(token);
        return em.createQuery("select s from SatisfactionSurvey s join fetch s.ticket"
                + " where s.tokenHash = :hash or s.reminderTokenHash = :hash", SatisfactionSurvey.class)
                .setParameter("hash", hash).getResultStream().findFirst();
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

    private static List<Averages> group(List<SatisfactionSurvey> surveys, Function<SatisfactionSurvey, String> key,
            Function<SatisfactionSurvey, String> label, Instant now) {
        return group(surveys, key, label, now, Comparator.naturalOrder());
    }

    /** Groups in the order of their keys ({@code order}), each with its counts and averages. */
    private static List<Averages> group(List<SatisfactionSurvey> surveys, Function<SatisfactionSurvey, String> key,
            Function<SatisfactionSurvey, String> label, Instant now, Comparator<String> order) {
        Map<String, List<SatisfactionSurvey>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (SatisfactionSurvey survey : surveys) {
            String k = key.apply(survey);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(survey);
            labels.putIfAbsent(k, label == null ? k : label.apply(survey));
        }
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> averages(e.getKey(), labels.get(e.getKey()), e.getValue(), now)).toList();
    }

    /** Counts and averages of some questionnaires (none of them void). */
    static Averages averages(String key, String label, List<SatisfactionSurvey> surveys, Instant now) {
        long answered = 0;
        long pending = 0;
        long expired = 0;
        double[] sums = new double[SurveyQuestion.values().length];
        double meanSum = 0;
        for (SatisfactionSurvey survey : surveys) {
            switch (survey.status(now)) {
                case PENDING -> pending++;
                case EXPIRED -> expired++;
                default -> {
                }
            }
            Optional<Scores> scores = survey.scores();
            if (scores.isPresent()) {
                answered++;
                for (SurveyQuestion question : SurveyQuestion.values()) {
                    sums[question.ordinal()] += scores.get().of(question);
                }
                meanSum += scores.get().mean();
            }
        }
        List<Double> averages = new ArrayList<>();
        for (double sum : sums) {
            averages.add(answered == 0 ? null : sum / answered);
        }
        return new Averages(key, label, surveys.size(), answered, pending, expired, averages,
                answered == 0 ? null : meanSum / answered);
    }
}
