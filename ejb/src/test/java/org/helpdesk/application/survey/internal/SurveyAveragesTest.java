package org.helpdesk.application.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.helpdesk.application.survey.SurveyViews.Averages;
import org.helpdesk.domain.survey.Scores;
import org.helpdesk.domain.survey.SurveyResults.Sent;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.Severity;
import org.junit.jupiter.api.Test;

class SurveyAveragesTest {

    private static final Instant NOW = Instant.parse("2026-04-20T12:00:00Z");
    private static final Instant SENT = Instant.parse("2026-04-10T09:00:00Z");

    private static Sent answered(String customer, String operator, Severity severity, int... scores) {
        return new Sent("HD-2026-1", customer, customer + " S.p.A.", operator, severity, RequestKind.HARDWARE, SENT,
                SENT.plus(Duration.ofDays(14)), SENT.plusSeconds(3600),
                new Scores(scores[0], scores[1], scores[2], scores[3], scores[4]), null);
    }

    private static Sent unanswered(String customer, Severity severity, Duration validity) {
        return new Sent("HD-2026-2", customer, customer + " S.p.A.", null, severity, RequestKind.SOFTWARE_BUG, SENT,
                SENT.plus(validity), null, null, null);
    }

    @Test
    void averagesCountTheAnsweredPendingAndExpiredAndAverageTheAnsweredOnly() {
        List<Sent> surveys = List.of(answered("ACME", "anna", Severity.HIGH, 5, 4, 3, 2, 1),
                answered("ACME", "anna", Severity.HIGH, 3, 4, 5, 4, 4),
                unanswered("ACME", Severity.HIGH, Duration.ofDays(14)),
                unanswered("ACME", Severity.HIGH, Duration.ofDays(5)));

        Averages all = SurveyAverages.of("ALL", "ALL", surveys, NOW);

        assertEquals(4, all.sent());
        assertEquals(2, all.answered());
        assertEquals(1, all.pending());
        assertEquals(1, all.expired());
        assertEquals(List.of(4.0, 4.0, 4.0, 3.0, 2.5), all.averages());
        assertEquals((3.0 + 4.0) / 2, all.mean());
        assertEquals(50, all.responseRate());
    }

    @Test
    void withoutAnAnswerThereIsNoAverage() {
        Averages none = SurveyAverages.of("LOW", "LOW", List.of(unanswered("ACME", Severity.LOW,
                Duration.ofDays(14))), NOW);

        assertEquals(1, none.sent());
        assertEquals(0, none.answered());
        assertEquals(Arrays.asList(null, null, null, null, null), none.averages());
        assertNull(none.mean());
    }

    @Test
    void groupsFollowTheOrderOfTheirKeysAndTakeTheirLabelFromTheFirstQuestionnaire() {
        List<Sent> surveys = List.of(answered("ZETA", "anna", Severity.LOW, 5, 5, 5, 5, 5),
                answered("ACME", "bruno", Severity.HIGH, 1, 1, 1, 1, 1),
                unanswered("ZETA", Severity.AVERAGE, Duration.ofDays(14)));

        List<Averages> byCustomer = SurveyAverages.byGroup(surveys, Sent::customerCode, Sent::customerName, NOW);
        List<Averages> bySeverity = SurveyAverages.byGroup(surveys, s -> s.severity().name(), null, NOW,
                Comparator.comparing(key -> Severity.valueOf(key).ordinal()));

        assertEquals(List.of("ACME", "ZETA"), byCustomer.stream().map(Averages::key).toList());
        assertEquals(List.of("ACME S.p.A.", "ZETA S.p.A."), byCustomer.stream().map(Averages::label).toList());
        assertEquals(2, byCustomer.get(1).sent());
        assertEquals(5.0, byCustomer.get(1).mean());
        assertEquals(List.of("HIGH", "AVERAGE", "LOW"), bySeverity.stream().map(Averages::key).toList());
        assertEquals(List.of("HIGH", "AVERAGE", "LOW"), bySeverity.stream().map(Averages::label).toList());
    }
}
