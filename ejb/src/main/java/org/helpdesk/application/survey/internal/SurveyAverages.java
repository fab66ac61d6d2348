package org.helpdesk.application.survey.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.domain.survey.SurveyQuestion;
import org.helpdesk.domain.survey.SurveyResults.Sent;

/** Counts and average scores of questionnaires, in all and by group: plain code, no database. */
final class SurveyAverages {

    private SurveyAverages() {
    }

    /** Counts and averages of some questionnaires (none of them void). */
    static Averages of(String key, String label, List<Sent> surveys, Instant now) {
        long answered = 0;
        long pending = 0;
        long expired = 0;
        double[] sums = new double[SurveyQuestion.values().length];
        double meanSum = 0;
        for (Sent survey : surveys) {
            switch (survey.status(now)) {
                case PENDING -> pending++;
                case EXPIRED -> expired++;
                default -> {
                }
            }
            if (survey.scores() != null) {
                answered++;
                for (SurveyQuestion question : SurveyQuestion.values()) {
                    sums[question.ordinal()] += survey.scores().of(question);
                }
                meanSum += survey.scores().mean();
            }
        }
        List<Double> averages = new ArrayList<>();
        for (double sum : sums) {
            averages.add(answered == 0 ? null : sum / answered);
        }
        return new Averages(key, label, surveys.size(), answered, pending, expired, averages,
                answered == 0 ? null : meanSum / answered);
    }

    /** Groups in the natural order of their keys, each with its counts and averages. */
    static List<Averages> byGroup(List<Sent> surveys, Function<Sent, String> key, Function<Sent, String> label,
            Instant now) {
        return byGroup(surveys, key, label, now, Comparator.naturalOrder());
    }

    /**
     * Groups in the order of their keys ({@code order}), each with its counts and averages.
     *
     * @param label the group's label, taken from its first questionnaire; null to label each group with its key
     */
    static List<Averages> byGroup(List<Sent> surveys, Function<Sent, String> key, Function<Sent, String> label,
            Instant now, Comparator<String> order) {
        Map<String, List<Sent>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Sent survey : surveys) {
            String k = key.apply(survey);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(survey);
            labels.putIfAbsent(k, label == null ? k : label.apply(survey));
        }
        return groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> of(e.getKey(), labels.get(e.getKey()), e.getValue(), now)).toList();
    }
}
