package org.helpdesk.application.survey;

import java.time.Instant;
import java.util.List;

/** What the satisfaction questionnaire's services return: plain values for screens and the REST API. */
public final class SurveyViews {

    private SurveyViews() {
    }

    /** What a questionnaire's link shows. */
    public enum LinkStatus {
        /** The form. */
        PENDING,
        ANSWERED,
        EXPIRED,
        /** The ticket was reopened after this questionnaire was sent. */
        VOID,
        /** No questionnaire has this link (mistyped, cut, or made up). */
        UNKNOWN
    }

    /**
     * A questionnaire as its link shows it; ticket, subject and expiry only while it can be answered.
     *
     * @param language {@code it} or {@code en}, the contact's; {@code null} for an unknown link
     */
    public record Questionnaire(LinkStatus status, String ticketNumber, String subject, String language,
            Instant expiresAt) implements java.io.Serializable {

        public static Questionnaire unknown() {
            return new Questionnaire(LinkStatus.UNKNOWN, null, null, null, null);
        }
    }

    /** A customer's answer: five scores from 1 to 5 and an optional plain-text comment of at most 2,000 characters. */
    public record Answer(Integer takingCharge, Integer competence, Integer communication, Integer solution,
            Integer overall, String comment) implements java.io.Serializable {
    }

    /**
     * One questionnaire of a ticket, for the ticket screen.
     *
     * @param scores the five scores in question order, empty until answered
     * @param comment the customer's comment; shown to programming managers and administrators only
     */
    public record TicketSurvey(String status, Instant sentAt, Instant expiresAt, Instant remindedAt,
            Instant answeredAt, Instant voidedAt, List<Integer> scores, String comment) implements java.io.Serializable {
    }

    /**
     * Counts and averages of one group of questionnaires (void ones are not counted).
     *
     * @param key the group: customer code, operator, severity, kind or month ({@code 2026-03}); {@code ALL} for all
     * @param averages the average score per question, in question order (null where none answered)
     * @param mean the average of all five scores (null where none answered)
     */
    public record Averages(String key, String label, long sent, long answered, long pending, long expired,
            List<Double> averages, Double mean) implements java.io.Serializable {

        /** Answered out of sent, as a whole percentage (0 when none was sent). */
        public long responseRate() {
            return sent == 0 ? 0 : Math.round(100.0 * answered / sent);
        }
    }

    /** A customer's comment, for programming managers and administrators. */
    public record CommentLine(String ticketNumber, String customer, String operator, Instant answeredAt, Double mean,
            String comment) implements java.io.Serializable {
    }

    /**
     * The questionnaires sent from {@code from} to {@code to} (months such as {@code 2026-03}, both included, in the
     * help desk's time zone), in total and grouped.
     * An operator's results hold their own questionnaires only, and no comments.
     */
    public record Results(String from, String to, Averages total, List<Averages> byCustomer,
            List<Averages> byOperator, List<Averages> bySeverity, List<Averages> byKind, List<Averages> byMonth,
            List<CommentLine> comments) implements java.io.Serializable {
    }
}
