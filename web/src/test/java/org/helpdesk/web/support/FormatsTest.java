package org.helpdesk.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.junit.jupiter.api.Test;

/**
 * Dates, times, durations and labels as the screens show them, in English and Italian, in the help desk's time zone
 * (Europe/Rome unless {@code -Dhelpdesk.timezone} says otherwise), across the changes to and from summer time.
 */
class FormatsTest {

    @Test
    void theHelpDeskTimeZoneIsRome() {
        assertEquals(ZoneId.of("Europe/Rome"), Formats.ZONE);
    }

    @Test
    void aTimeIsShownInRomeOnEitherSideOfTheChangeToSummerTime() {
        // 29 March 2026: at 01:00 UTC Rome's clocks go from 02:00 (CET) to 03:00 (CEST).
        Instant lastWinterMinute = Instant.parse("2026-03-29T00:59:00Z");
        Instant firstSummerMinute = Instant.parse("2026-03-29T01:00:00Z");

        assertEquals("Mar 29, 2026, 1:59 AM", dateTime(Locale.ENGLISH, lastWinterMinute));
        assertEquals("Mar 29, 2026, 3:00 AM", dateTime(Locale.ENGLISH, firstSummerMinute));
        assertEquals("29 mar 2026, 01:59", dateTime(Locale.ITALIAN, lastWinterMinute));
        assertEquals("29 mar 2026, 03:00", dateTime(Locale.ITALIAN, firstSummerMinute));
    }

    @Test
    void theHourRepeatedWhenSummerTimeEndsShowsTheSameClockTimeTwice() {
        // 25 October 2026: 02:30 in Rome happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        assertEquals("25 ott 2026, 02:30", dateTime(Locale.ITALIAN, Instant.parse("2026-10-25T00:30:00Z")));
        assertEquals("25 ott 2026, 02:30", dateTime(Locale.ITALIAN, Instant.parse("2026-10-25T01:30:00Z")));
        assertEquals("Oct 25, 2026, 3:30 AM", dateTime(Locale.ENGLISH, Instant.parse("2026-10-25T02:30:00Z")));
    }

    @Test
    void aTimeLateInTheEveningUtcIsAlreadyTheNextDayInRome() {
        assertEquals("1 gen 2027, 00:30", dateTime(Locale.ITALIAN, Instant.parse("2026-12-31T23:30:00Z")));
        try (ScreenContext english = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("2027-01-01 00:30", ScreenContext.formats().compactDateTime(
                    Instant.parse("2026-12-31T23:30:00Z")));
        }
    }

    @Test
    void aDateIsShownInTheUsersLanguage() {
        try (ScreenContext english = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("Mar 1, 2026", ScreenContext.formats().date(LocalDate.of(2026, 3, 1)));
        }
        try (ScreenContext italian = ScreenContext.in(Locale.ITALIAN)) {
            assertEquals("1 mar 2026", ScreenContext.formats().date(LocalDate.of(2026, 3, 1)));
        }
    }

    @Test
    void nothingIsShownForNoDateOrTime() {
        try (ScreenContext english = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("", ScreenContext.formats().dateTime(null));
            assertEquals("", ScreenContext.formats().date(null));
        }
    }

    @Test
    void minutesAreShownAsHoursAndMinutes() {
        Formats fmt = new Formats();

        assertEquals("0 min", fmt.minutes(0));
        assertEquals("59 min", fmt.minutes(59));
        assertEquals("1 h 00 min", fmt.minutes(60));
        assertEquals("1 h 35 min", fmt.minutes(95));
        assertEquals("26 h 05 min", fmt.minutes(26 * 60 + 5));
    }

    @Test
    void aReversalShowsItsMinutesNegative() {
        Formats fmt = new Formats();

        assertEquals("-5 min", fmt.minutes(-5));
        assertEquals("-1 h 35 min", fmt.minutes(-95));
    }

    @Test
    void aFileSizeIsShownInBytesKilobytesOrMegabytesInTheUsersLanguage() {
        assertEquals("0 B", Formats.bytes(0, Locale.ENGLISH));
        assertEquals("1023 B", Formats.bytes(1023, Locale.ENGLISH));
        assertEquals("1 KB", Formats.bytes(1024, Locale.ENGLISH));
        assertEquals("200 KB", Formats.bytes(200 * 1024 + 100, Locale.ENGLISH));
        assertEquals("3.4 MB", Formats.bytes(3_565_158, Locale.ENGLISH));
        assertEquals("3,4 MB", Formats.bytes(3_565_158, Locale.ITALIAN));
        assertEquals("250 MB", Formats.bytes(250L * 1024 * 1024, Locale.ITALIAN));
    }

    @Test
    void anEnumValueIsShownByItsLabelInTheUsersLanguage() {
        try (ScreenContext english = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("Taken in charge", ScreenContext.formats().label(ServiceTicketState.TAKEN_IN_CHARGE));
            assertEquals("High", ScreenContext.formats().label(Severity.HIGH));
        }
        try (ScreenContext italian = ScreenContext.in(Locale.ITALIAN)) {
            assertEquals("Preso in carico", ScreenContext.formats().label(ServiceTicketState.TAKEN_IN_CHARGE));
            assertEquals("Alta", ScreenContext.formats().label(Severity.HIGH));
        }
    }

    @Test
    void anActionIsShownByItsLabelAndAnUnknownNameAsItIs() {
        try (ScreenContext italian = ScreenContext.in(Locale.ITALIAN)) {
            Formats fmt = ScreenContext.formats();
            assertEquals("Prendi in carico", fmt.label("action", "TAKE_CHARGE"));
            assertEquals("NOT_AN_ACTION", fmt.label("action", "NOT_AN_ACTION"));
            assertEquals("", fmt.label("action", null));
            assertEquals("", fmt.label(null));
        }
    }

    @Test
    void anEnumValueWithoutALabelIsShownByItsName() {
        try (ScreenContext english = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("SECONDS", ScreenContext.formats().label(java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    /**
     * The date and time as a user whose browser asks for {@code locale} reads it. Newer JDKs put a narrow no-break
     * space before AM: compared as a plain space, so that the test says the same on Java 17 and 25.
     */
    @Test
    void aMonthIsNamedInTheUsersLanguage() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("November 2026", ScreenContext.formats().month("2026-11"));
        }
        try (ScreenContext screen = ScreenContext.in(Locale.ITALIAN)) {
            assertEquals("novembre 2026", ScreenContext.formats().month("2026-11"));
        }
    }

    @Test
    void aPhoneNumberBecomesALinkAddressWithoutSpaces() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("tel:+39021234", ScreenContext.formats().phoneLink("+39 02 1234"));
        }
    }

    private static String dateTime(Locale locale, Instant instant) {
        try (ScreenContext screen = ScreenContext.in(locale)) {
            return ScreenContext.formats().dateTime(instant).replace('\u202F', ' ').replace('\u00A0', ' ');
        }
    }
}
