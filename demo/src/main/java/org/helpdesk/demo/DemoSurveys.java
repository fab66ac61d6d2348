package org.helpdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyToken;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;

/**
 * A satisfaction questionnaire for every closed demo ticket with a contact address, sent at its closure: most
 * answered (mostly good scores, some with a comment), some reminded, the older unanswered ones expired and the
 * recent ones pending. Their links are not known to anyone: the demo links cannot be opened.
 */
final class DemoSurveys {

    static final Duration VALIDITY = Duration.ofDays(14);
    static final Duration REMINDER = Duration.ofDays(5);

    private static final String[][] COMMENTS = {
        {"Quick and clear, thank you.", "Veloci e chiari, grazie."},
        {"Solved, but it took a few calls to explain the problem.",
            "Risolto, ma ci sono volute alcune telefonate per spiegare il problema."},
        {"Very competent operator.", "Operatore molto competente."},
        {"We waited too long for the update.", "Abbiamo aspettato troppo l'aggiornamento."},
    };

    private DemoSurveys() {
    }

    static void add(Consumer<Object> sink, List<Object> touched, Instant now) {
        Random random = new Random(20261123L);
        for (Object aggregate : touched) {
            if (!(aggregate instanceof ServiceTicket ticket) || ticket.getState() != ServiceTicketState.CLOSED
                    || ticket.getContact() == null || ticket.getContact().getEmail() == null) {
                continue;
            }
            Instant sent = ticket.getClosedAt();
            SatisfactionSurvey survey = new SatisfactionSurvey(ticket, SurveyToken.hash(SurveyToken.generate()), sent,
                    VALIDITY);
            long window = Math.min(VALIDITY.toMinutes(), Duration.between(sent, now).toMinutes());
            int roll = random.nextInt(10);
            if (roll < 6 && window > 30) {
                Instant at = sent.plus(Duration.ofMinutes(30 + random.nextInt((int) window - 30)));
                if (at.isAfter(sent.plus(REMINDER))) {
                    survey.remind(SurveyToken.hash(SurveyToken.generate()), sent.plus(REMINDER));
                }
                boolean italian = "it".equals(survey.getLanguage().getLanguage());
                String comment = random.nextInt(3) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)][italian ? 1 : 0]
                        : null;
                survey.answer(new Scores(score(random), score(random), score(random), score(random), score(random)),
                        comment, at);
            } else if (roll < 8 && !sent.plus(REMINDER).isAfter(now)) {
                survey.remind(SurveyToken.hash(SurveyToken.generate()), sent.plus(REMINDER));
            }
            sink.accept(survey);
        }
    }

    /** Mostly 4 and 5, sometimes 3, rarely lower. */
    private static int score(Random random) {
        int[] scores = {5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1};
        return scores[random.nextInt(scores.length)];
    }
}
