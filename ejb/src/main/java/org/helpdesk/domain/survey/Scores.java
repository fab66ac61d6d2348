package org.helpdesk.domain.survey;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Term;

/**
 * The five scores of an answer, each from {@link #MIN} to {@link #MAX}.
 *
 * @throws InvalidValueException naming every question whose score is missing or out of range
 */
public record Scores(Integer takingCharge, Integer competence, Integer communication, Integer solution,
        Integer overall) implements java.io.Serializable {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Scores {
        List<Term> wrong = new ArrayList<>();
        check(takingCharge, SurveyQuestion.TAKING_CHARGE, "speed of taking charge", wrong);
        check(competence, SurveyQuestion.COMPETENCE, "competence", wrong);
        check(communication, SurveyQuestion.COMMUNICATION, "communication", wrong);
        check(solution, SurveyQuestion.SOLUTION, "quality of the solution", wrong);
        check(overall, SurveyQuestion.OVERALL, "overall", wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidValueException("value.scoresOutOfRange", "Give a score from {0} to {1} for: {2}.",
                    String.valueOf(MIN), String.valueOf(MAX), List.copyOf(wrong));
        }
    }

    public static boolean inRange(Integer score) {
        return score != null && score >= MIN && score <= MAX;
    }

    public int of(SurveyQuestion question) {
        return switch (question) {
            case TAKING_CHARGE -> takingCharge;
            case COMPETENCE -> competence;
            case COMMUNICATION -> communication;
            case SOLUTION -> solution;
            case OVERALL -> overall;
        };
    }

    /** The mean of the five scores. */
    public double mean() {
        return (takingCharge + competence + communication + solution + overall) / 5.0;
    }

    /** A question is named as the questionnaire asks it: {@code survey.question.<QUESTION>} in the screens' bundles. */
    private static void check(Integer score, SurveyQuestion question, String english, List<Term> wrong) {
        if (!inRange(score)) {
            wrong.add(new Term("survey.question." + question.name(), english));
        }
    }
}
