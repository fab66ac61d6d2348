package org.helpdesk.domain.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * The five scores of an answer, each from {@link #MIN} to {@link #MAX}.
 *
 * @throws IllegalArgumentException naming every question whose score is missing or out of range
 */
public record Scores(Integer takingCharge, Integer competence, Integer communication, Integer solution,
        Integer overall) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Scores {
        List<String> wrong = new ArrayList<>();
        check(takingCharge, "speed of taking charge", wrong);
        check(competence, "competence", wrong);
        check(communication, "communication", wrong);
        check(solution, "quality of the solution", wrong);
        check(overall, "overall", wrong);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("Give a score from " + MIN + " to " + MAX + " for: "
                    + String.join(", ", wrong) + ".");
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

    private static void check(Integer score, String question, List<String> wrong) {
        if (!inRange(score)) {
            wrong.add(question);
        }
    }
}
