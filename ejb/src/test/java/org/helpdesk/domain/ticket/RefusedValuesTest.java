package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.T0;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.customer;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LocalizedRefusal;
import org.helpdesk.domain.shared.Term;
import org.helpdesk.domain.survey.Scores;
import org.junit.jupiter.api.Test;

/**
 * A value the domain refuses comes with the key of its pattern and the arguments to fill it, so the screens can say
 * it in the user's language; the English text, the REST API's, stays as it was. A fault in the code is not dressed
 * as such a refusal.
 */
class RefusedValuesTest {

    @Test
    void aSubjectOverItsLimitNamesTheFieldTheLimitAndTheLength() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ServiceTicket(TicketNumber.valueOf("HD-2026-000001"),
                customer(), null, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "x".repeat(201), "d", OPERATOR,
                T0));

        assertEquals("value.tooLong", e.messageKey());
        assertEquals(List.of(new Term("value.field.subject", "subject"), "200", "201"), e.messageArguments());
        assertEquals("The subject can be at most 200 characters long (this one has 201).", e.getMessage());
    }

    @Test
    void aMissingValueNamesTheFieldByATranslatableTerm() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.AWAITING_VERIFICATION);

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ticket.failVerification(" ", false, OPERATOR, at(40)));

        assertEquals("value.required", e.messageKey());
        assertEquals(List.of(new Term("value.field.reasonTheVerificationFailed", "reason the verification failed")),
                e.messageArguments());
        assertEquals("The reason the verification failed is required.", e.getMessage());
    }

    @Test
    void aMissingChoiceIsRefusedLikeAMissingText() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ServiceTicket(TicketNumber.valueOf("HD-2026-000001"),
                customer(), null, null, RequestKind.HARDWARE, Severity.LOW, "s", "d", OPERATOR, T0));

        assertEquals("value.required", e.messageKey());
        assertEquals(List.of(Term.field("channel")), e.messageArguments());
    }

    @Test
    void numbersAreArgumentsAsTextSoThatNoLanguageGroupsTheirDigits() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ticket.logTime(Fixtures.DAY, 1441, "Marathon", WorkLevel.HELP_DESK, OPERATOR, at(20)));

        assertEquals("value.minutesOverADay", e.messageKey());
        assertEquals(List.of("1440", "1441"), e.messageArguments());
    }

    @Test
    void theQuestionsWithoutAScoreAreNamedByTheQuestionnairesOwnWords() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Scores(0, 4, 3, 6, 5));

        assertEquals("value.scoresOutOfRange", e.messageKey());
        assertEquals(List.of("1", "5", List.of(new Term("survey.question.TAKING_CHARGE", "speed of taking charge"),
                new Term("survey.question.SOLUTION", "quality of the solution"))), e.messageArguments());
        assertEquals("Give a score from 1 to 5 for: speed of taking charge, quality of the solution.",
                e.getMessage());
    }

    @Test
    void aMilestoneTargetIsNamedByItsMilestone() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MilestoneTargets.defaults(Severity.LOW).change(10, 0, 20, "admin", T0));

        assertEquals("value.targetNotPositive", e.messageKey());
        assertEquals(new Term("value.milestone.FIRST_FEEDBACK", "first feedback"), e.messageArguments().get(0));
        assertEquals("The first feedback target must be more than zero minutes (got 0).", e.getMessage());
    }

    @Test
    void aFieldsKeyIsItsEnglishNameInCamelCase() {
        assertEquals("value.field.eMailAddress", Term.field("e-mail address").key());
        assertEquals("value.field.nameOfWhoAgreedTheClosure", Term.field("name of who agreed the closure").key());
        assertEquals("subject", Term.field("subject").toString());
    }

    @Test
    void whatOnlyTheCodeCanGetWrongIsAFaultNotARefusal() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.VERIFIED);

        IllegalArgumentException noActor = assertThrows(IllegalArgumentException.class,
                () -> ticket.agreeClosure("Mario Rossi", Channel.PHONE, 30, Fixtures.DAY, null, at(60)));
        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class,
                () -> new TicketNumber(TicketNumber.Series.SERVICE, 26, 1));

        assertFalse(noActor instanceof LocalizedRefusal);
        assertFalse(badNumber instanceof LocalizedRefusal);
    }
}
