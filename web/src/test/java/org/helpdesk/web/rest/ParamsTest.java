package org.helpdesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The query and path parameters as a caller writes them, and the 400 a value that cannot be read gets: its problem
 * document names the parameter, the value received and what is accepted.
 */
class ParamsTest {

    @Test
    void anAbsentLimitIsFiftyAndAWholeNumberInRangeIsTaken() {
        assertEquals(50, Params.limit(null));
        assertEquals(50, Params.limit(" "));
        assertEquals(1, Params.limit("1"));
        assertEquals(500, Params.limit("500"));
        assertEquals(7, Params.limit(" 7 "));
    }

    @Test
    void aLimitThatIsNoNumberOrOutOfRangeIsRefusedNamingTheParameterAndTheValue() {
        assertRefused("'limit' must be a whole number from 1 to 500, not 'abc'.", () -> Params.limit("abc"));
        assertRefused("'limit' must be a whole number from 1 to 500, not '0'.", () -> Params.limit("0"));
        assertRefused("'limit' must be a whole number from 1 to 500, not '501'.", () -> Params.limit("501"));
        assertRefused("'limit' must be a whole number from 1 to 500, not '2.5'.", () -> Params.limit("2.5"));
        assertRefused("'limit' must be a whole number from 1 to 20, not '21'.", () -> Params.limit("21", 20, 10));
        assertEquals(10, Params.limit(null, 20, 10));
    }

    @Test
    void anEnumValueIsReadInAnyCaseAndAnUnknownOneListsTheAcceptedValues() {
        assertEquals(Severity.HIGH, Params.enumValue(Severity.class, "high", "severity"));
        assertEquals(Severity.AVERAGE, Params.enumValue(Severity.class, " Average ", "severity"));
        assertNull(Params.enumValue(Severity.class, "", "severity"));
        assertRefused("'severity' must be one of HIGH, AVERAGE, LOW, SECONDARY, not 'urgent'.",
                () -> Params.enumValue(Severity.class, "urgent", "severity"));
    }

    @Test
    void aDateIsTheHelpDesksMidnightAndAnInstantIsTakenAsItIs() {
        // Midnight in Rome: 23:00 UTC the day before in winter, 22:00 in summer.
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), Params.instant("2026-11-01", "from"));
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), Params.instant("2026-04-01", "to"));
        assertEquals(Instant.parse("2026-11-01T08:30:00Z"), Params.instant("2026-11-01T08:30:00Z", "to"));
        assertNull(Params.instant(null, "from"));
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedWithBothAcceptedForms() {
        assertRefused("'from' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z), not 'yesterday'.",
                () -> Params.instant("yesterday", "from"));
        assertRefused("'to' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z), not '2026-02-30'.",
                () -> Params.instant("2026-02-30", "to"));
        assertRefused("'to' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z), not '01/11/2026'.",
                () -> Params.instant("01/11/2026", "to"));
    }

    @Test
    void theOrderIsAColumnWithAnOptionalMinusAndNewestFirstByDefault() {
        assertEquals(TicketOrder.NEWEST_FIRST, Params.order(null));
        assertEquals(new TicketOrder(TicketOrder.Column.SEVERITY, true), Params.order("-severity"));
        assertEquals(new TicketOrder(TicketOrder.Column.LAST_CHANGE, false), Params.order("Changed"));
        assertRefused("'sort' must be one of opened, changed, severity, state, customer, each optionally preceded by"
                + " '-' for descending order (for example -opened, newest first), not 'price'.",
                () -> Params.order("price"));
    }

    @Test
    void aFlagIsTrueOrFalseInAnyCaseAndAbsentIsFalse() {
        assertTrue(Params.flag("TRUE", "open"));
        assertFalse(Params.flag("false", "open"));
        assertFalse(Params.flag(null, "open"));
        assertRefused("'unassigned' must be true or false, not 'yes'.", () -> Params.flag("yes", "unassigned"));
        assertRefused("'open' must be true or false, not '1'.", () -> Params.flag("1", "open"));
    }

    @Test
    void aMonthIsYearDashMonth() {
        assertEquals(YearMonth.of(2026, 3), Params.month(" 2026-03 ", "month"));
        assertNull(Params.month(null, "month"));
        assertRefused("'month' must be a month such as 2026-03 (year-month), not '03/2026'.",
                () -> Params.month("03/2026", "month"));
        assertRefused("'month' must be a month such as 2026-03 (year-month), not '2026-13'.",
                () -> Params.requiredMonth("2026-13", "month"));
    }

    @Test
    void aRequiredMonthOrDateThatIsMissingSaysItIsRequired() {
        assertRefused("'month' is required: a month such as 2026-03.", () -> Params.requiredMonth(null, "month"));
        assertRefused("'month' is required: a month such as 2026-03.", () -> Params.requiredMonth(" ", "month"));
        assertRefused("'from' is required: a date such as 2026-03-01.", () -> Params.requiredDate("", "from"));
        assertEquals(LocalDate.of(2026, 3, 1), Params.requiredDate("2026-03-01", "from"));
        assertRefused("'from' must be a date such as 2026-03-01, not '2026-3-1'.",
                () -> Params.requiredDate("2026-3-1", "from"));
    }

    @Test
    void anIdInThePathIsAWholeNumber() {
        assertEquals(12L, Params.id(" 12 ", "entry"));
        assertRefused("'entry' must be a whole number, not '12x'.", () -> Params.id("12x", "entry"));
        assertRefused("'execution' must be a whole number, not ''.", () -> Params.id("", "execution"));
    }

    @Test
    void theLanguageIsEnglishOrItalianWithAnyRegion() {
        assertEquals(Locale.ITALIAN, Params.language("it-IT"));
        assertEquals(Locale.ENGLISH, Params.language("en"));
        assertEquals(Locale.ENGLISH, Params.language(" en-GB "));
        assertRefused("'lang' must be en or it, not 'fr'.", () -> Params.language("fr"));
    }

    @Test
    void aLongValueIsQuotedCutShort() {
        String pasted = "x".repeat(100);
        assertRefused("'limit' must be a whole number from 1 to 500, not '" + "x".repeat(57) + "...'.",
                () -> Params.limit(pasted));
    }

    @Test
    void theRefusalIsAProblemDocumentWithStatus400() {
        BadRequestException refused = assertThrows(BadRequestException.class, () -> Params.limit("abc"));
        Response response = refused.getResponse();

        assertEquals(400, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(new Problem("about:blank", "Bad Request", 400,
                "'limit' must be a whole number from 1 to 500, not 'abc'."), response.getEntity());
    }

    static void assertRefused(String detail, Executable call) {
        BadRequestException refused = assertThrows(BadRequestException.class, call);
        assertEquals(400, refused.getResponse().getStatus());
        assertEquals(detail, ((Problem) refused.getResponse().getEntity()).detail());
    }
}
