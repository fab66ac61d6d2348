package org.helpdesk.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketNumber;
import org.junit.jupiter.api.Test;

class SatisfactionSurveyTest {

    static final Instant CLOSED = Instant.parse("2026-03-10T10:00:00Z");
    static final Duration VALIDITY = Duration.ofDays(14);
    static final Duration REMIND_AFTER = Duration.ofDays(5);
    static final Scores GOOD = new Scores(5, 4, 4, 5, 5);

    static ServiceTicket closedTicket() {
        Customer acme = new Customer("ACME", "Acme S.p.A.");
        Contact mario = acme.addContact("Mario Rossi", "mario.rossi@acme.example", "+39 02 1234", Locale.ITALIAN,
                true);
        ServiceTicket ticket = new ServiceTicket(TicketNumber.valueOf("HD-2026-000001"), acme, mario, Channel.PHONE, RequestKind.HARDWARE,
                Severity.LOW, "Printer offline", "The printer does not answer.", "anna", CLOSED.minusSeconds(7200));
        ticket.takeCharge("anna", CLOSED.minusSeconds(7000));
        ticket.markResolved("anna", CLOSED.minusSeconds(3600));
        ticket.confirmVerification("Works", "anna", CLOSED.minusSeconds(600));
        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 30, java.time.LocalDate.of(2026, 3, 2), "anna", CLOSED);
        return ticket;
    }

    static SatisfactionSurvey sent() {
        return new SatisfactionSurvey(closedTicket(), SurveyToken.hash(SurveyToken.generate()), CLOSED, VALIDITY);
    }

    @Test
    void aNewQuestionnaireIsPendingUntilItExpires() {
        SatisfactionSurvey survey = sent();

        assertEquals(SurveyStatus.PENDING, survey.status(CLOSED));
        assertEquals(SurveyStatus.PENDING, survey.status(CLOSED.plus(VALIDITY).minusSeconds(1)));
        assertEquals(SurveyStatus.EXPIRED, survey.status(CLOSED.plus(VALIDITY)));
        assertEquals("mario.rossi@acme.example", survey.getRecipient());
        assertEquals("it", survey.getLanguage().getLanguage());
        assertEquals("anna", survey.getOperator());
        assertEquals(Severity.LOW, survey.getSeverity());
    }

    @Test
    void aTicketThatIsNotClosedGetsNoQuestionnaire() {
        ServiceTicket ticket = closedTicket();
        ticket.reopen("Again", "anna", CLOSED.plusSeconds(60));

        assertThrows(IllegalArgumentException.class, () -> new SatisfactionSurvey(ticket, "h", CLOSED, VALIDITY));
    }

    @Test
    void anAnswerIsTakenOnceWithItsScoresAndComment() {
        SatisfactionSurvey survey = sent();
        Instant at = CLOSED.plus(Duration.ofDays(1));

        survey.answer(GOOD, "  Quick and kind.\r\nThanks  ", at);

        assertEquals(SurveyStatus.ANSWERED, survey.status(at));
        assertEquals(SurveyStatus.ANSWERED, survey.status(CLOSED.plus(Duration.ofDays(400))));
        assertEquals(GOOD, survey.scores().orElseThrow());
        assertEquals("Quick and kind.\nThanks", survey.getComment());
        SurveyNotOpenException again = assertThrows(SurveyNotOpenException.class,
                () -> survey.answer(GOOD, null, at.plusSeconds(1)));
        assertEquals(SurveyStatus.ANSWERED, again.getStatus());
    }

    @Test
    void anExpiredOrVoidQuestionnaireTakesNoAnswer() {
        SatisfactionSurvey expired = sent();
        assertEquals(SurveyStatus.EXPIRED, assertThrows(SurveyNotOpenException.class,
                () -> expired.answer(GOOD, null, CLOSED.plus(VALIDITY))).getStatus());
        assertTrue(expired.scores().isEmpty());

        SatisfactionSurvey voided = sent();
        voided.invalidate(CLOSED.plusSeconds(60));
        assertEquals(SurveyStatus.VOID, voided.status(CLOSED.plusSeconds(61)));
        assertEquals(SurveyStatus.VOID, assertThrows(SurveyNotOpenException.class,
                () -> voided.answer(GOOD, null, CLOSED.plusSeconds(120))).getStatus());
    }

    @Test
    void reopeningKeepsAnAnswerAlreadyGiven() {
        SatisfactionSurvey survey = sent();
        survey.answer(GOOD, null, CLOSED.plusSeconds(60));

        survey.invalidate(CLOSED.plusSeconds(120));

        assertEquals(SurveyStatus.ANSWERED, survey.status(CLOSED.plusSeconds(121)));
        assertNull(survey.getVoidedAt());
    }

    @Test
    void scoresOutOfRangeOrMissingAreRefusedNamingTheQuestions() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Scores(0, 4, null, 6, 5));
        assertEquals("Give a score from 1 to 5 for: speed of taking charge, communication, quality of the solution.",
                e.getMessage());
        assertEquals(4.6, GOOD.mean(), 1e-9);
        assertEquals(4, GOOD.of(SurveyQuestion.COMPETENCE));
    }

    @Test
    void aCommentLongerThanTheLimitIsRefusedAndNothingIsRecorded() {
        SatisfactionSurvey survey = sent();
        String tooLong = "x".repeat(SatisfactionSurvey.COMMENT_MAX + 1);

        assertThrows(InvalidValueException.class, () -> survey.answer(GOOD, tooLong, CLOSED.plusSeconds(60)));

        assertEquals(SurveyStatus.PENDING, survey.status(CLOSED.plusSeconds(60)));
        survey.answer(GOOD, "x".repeat(SatisfactionSurvey.COMMENT_MAX), CLOSED.plusSeconds(61));
        assertEquals(SatisfactionSurvey.COMMENT_MAX, survey.getComment().length());
    }

    @Test
    void theReminderIsDueOnceAfterTheConfiguredDaysAndNeverWhenAnsweredExpiredOrVoid() {
        SatisfactionSurvey survey = sent();
        Instant due = CLOSED.plus(REMIND_AFTER);
        assertFalse(survey.reminderDue(due.minusSeconds(1), REMIND_AFTER));
        assertTrue(survey.reminderDue(due, REMIND_AFTER));

        survey.remind("h2", due);
        assertEquals("h2", survey.getReminderTokenHash());

        assertEquals(due, survey.getRemindedAt());
        assertFalse(survey.reminderDue(due.plusSeconds(3600), REMIND_AFTER));
        assertThrows(SurveyNotOpenException.class, () -> survey.remind("h3", due.plusSeconds(3600)));
        assertEquals(SurveyStatus.PENDING, survey.status(due.plusSeconds(3600)));

        SatisfactionSurvey answered = sent();
        answered.answer(GOOD, null, CLOSED.plusSeconds(60));
        assertFalse(answered.reminderDue(due, REMIND_AFTER));

        SatisfactionSurvey voided = sent();
        voided.invalidate(CLOSED.plusSeconds(60));
        assertFalse(voided.reminderDue(due, REMIND_AFTER));
        assertThrows(SurveyNotOpenException.class, () -> voided.remind("h4", due));

        SatisfactionSurvey expired = sent();
        assertFalse(expired.reminderDue(CLOSED.plus(VALIDITY), REMIND_AFTER));
    }

    @Test
    void tokensAreRandom256BitBase64UrlAndOnlyTheirHashIsKept() {
        String token = SurveyToken.generate();
        String other = SurveyToken.generate();

        assertEquals(43, token.length());
        assertTrue(SurveyToken.wellFormed(token));
        assertNotEquals(token, other);
        assertEquals(64, SurveyToken.hash(token).length());
        assertEquals(SurveyToken.hash(token), SurveyToken.hash(token));
        assertNotEquals(SurveyToken.hash(token), SurveyToken.hash(other));
        assertFalse(SurveyToken.wellFormed("../../etc/passwd"));
        assertFalse(SurveyToken.wellFormed(token + "x"));
        assertFalse(SurveyToken.wellFormed(null));
        // The SHA-256 of "abc", as any tool computes it.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SurveyToken.hash("abc"));
    }
}
