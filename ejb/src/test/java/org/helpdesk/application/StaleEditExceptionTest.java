package org.helpdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.junit.jupiter.api.Test;

/** The refusals keep their English message for the API and carry the key and arguments the screens translate. */
class StaleEditExceptionTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void aStaleTicketNamesWhoAndWhenInEnglishAndForTheScreens() {
        StaleEditException e = new StaleEditException(EditedRecord.SERVICE_TICKET, "HD-2026-000001", "luca", AT);

        assertEquals("Ticket HD-2026-000001 was changed by luca at 2026-03-02 10:15:00 Europe/Rome after you opened it:"
                + " nothing was saved. Reload it and try again.", e.getMessage());
        assertEquals("stale.SERVICE_TICKET", e.messageKey());
        assertEquals(Arrays.asList("HD-2026-000001", "luca", AT), e.messageArguments());
    }

    @Test
    void staleTargetsNameWhoAndWhenToo() {
        StaleEditException e = new StaleEditException(EditedRecord.MILESTONE_TARGETS, Severity.HIGH, "admin", AT);

        assertEquals("The milestone targets for High were changed by admin at 2026-03-02 10:15:00 Europe/Rome after you"
                + " opened them: nothing was saved. Reload them and try again.", e.getMessage());
        assertEquals("stale.MILESTONE_TARGETS", e.messageKey());
        assertEquals(Arrays.asList(Severity.HIGH, "admin", AT), e.messageArguments());
    }

    @Test
    void aStaleWorkingWeekIsNamedWithoutANumber() {
        StaleEditException e = StaleEditException.workingWeek("admin", AT);

        assertEquals("The working week was changed by admin at 2026-03-02 10:15:00 Europe/Rome after you opened it:"
                + " nothing was saved. Reload it and try again.", e.getMessage());
        assertEquals("stale.WORKING_WEEK", e.messageKey());
        assertEquals(Arrays.asList(null, "admin", AT), e.messageArguments());
    }

    @Test
    void whoChangedItMayBeUnknown() {
        StaleEditException e = new StaleEditException(EditedRecord.MILESTONE_TARGETS, Severity.HIGH, null, null);

        assertEquals("The milestone targets for High were changed by another user after you opened them: nothing"
                + " was saved. Reload them and try again.", e.getMessage());
        assertEquals("stale.MILESTONE_TARGETS.unknown", e.messageKey());
        assertEquals(Severity.HIGH, e.messageArguments().get(0));
    }

    @Test
    void noRefusalIsMadeWithoutAKeyTheScreensCanTranslate() {
        assertThrows(NullPointerException.class, () -> new StaleEditException(null, "HD-2026-000001", "luca", AT));
        assertThrows(NullPointerException.class, () -> new TicketRuleException(null, "Plain English."));
    }

    @Test
    void aRuleFillsItsEnglishPatternWithoutGroupingNumbers() {
        TicketRuleException e = new TicketRuleException("rule.entryAlreadyReversed",
                "Time entry #{0} has already been reversed.", String.valueOf(12345));

        assertEquals("Time entry #12345 has already been reversed.", e.getMessage());
        assertEquals("rule.entryAlreadyReversed", e.messageKey());
    }
}
