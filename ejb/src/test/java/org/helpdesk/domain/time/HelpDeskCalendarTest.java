package org.helpdesk.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Business time in Rome, Monday to Friday 09:00–13:00 and 14:00–18:00, with Italy's holidays. */
class HelpDeskCalendarTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final HelpDeskCalendar calendar = new HelpDeskCalendar(ROME, WorkingWeek.DEFAULT, List.of());

    @Test
    void aWeekendIsSkipped() {
        assertEquals(rome("2027-03-08T10:00"), calendar.plusBusinessTime(rome("2027-03-05T17:00"), hours(2)));
        assertEquals(hours(2), calendar.businessTime(rome("2027-03-05T17:00"), rome("2027-03-08T10:00")));
    }

    @Test
    void aCallOnFridayEveningIsDueOnMondayMorning() {
        // 8 business hours after 18:05 on Friday: the whole of Monday.
        assertEquals(rome("2027-03-08T18:00"), calendar.plusBusinessTime(rome("2027-03-05T18:05"), hours(8)));
        assertEquals(Duration.ZERO, calendar.businessTime(rome("2027-03-05T18:05"), rome("2027-03-08T09:00")));
    }

    @Test
    void easterMonday2027IsAHoliday() {
        assertEquals(LocalDate.of(2027, 3, 28), ItalianHolidays.easterSunday(2027));
        assertEquals(Optional.of("holiday.easterMonday"), calendar.closedBecause(LocalDate.of(2027, 3, 29)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 3, 29)));
        assertEquals(rome("2027-03-30T10:00"), calendar.plusBusinessTime(rome("2027-03-26T17:00"), hours(2)));
    }

    @Test
    void easterIsRightForYearsWithKnownDates() {
        assertEquals(LocalDate.of(2024, 3, 31), ItalianHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), ItalianHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), ItalianHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2038, 4, 25), ItalianHolidays.easterSunday(2038));
    }

    @Test
    void aHolidayOnASundayIsNotMovedToMonday() {
        assertEquals(Optional.of("holiday.liberation"), calendar.closedBecause(LocalDate.of(2027, 4, 25)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 4, 26)));
        assertEquals(rome("2027-04-26T10:00"), calendar.plusBusinessTime(rome("2027-04-23T17:00"), hours(2)));
    }

    @Test
    void aBusinessDayOverTheSpringChangeOfClocksLasts23Hours() {
        HelpDeskCalendar allDay = new HelpDeskCalendar(ROME, WorkingWeek.parse("SAT 00:00-24:00; SUN 00:00-24:00"),
                List.of());
        // 2026: in 2027 the change falls on Easter Sunday, a holiday.
        Instant sunday = LocalDate.of(2026, 3, 29).atStartOfDay(ROME).toInstant();
        Instant monday = LocalDate.of(2026, 3, 30).atStartOfDay(ROME).toInstant();
        assertEquals(hours(23), allDay.businessTime(sunday, monday));
        assertEquals(monday, allDay.plusBusinessTime(sunday, hours(23)));
    }

    @Test
    void aBusinessDayOverTheAutumnChangeOfClocksLasts25Hours() {
        HelpDeskCalendar allDay = new HelpDeskCalendar(ROME, WorkingWeek.parse("SUN 00:00-24:00"), List.of());
        Instant sunday = LocalDate.of(2027, 10, 31).atStartOfDay(ROME).toInstant();
        Instant monday = LocalDate.of(2027, 11, 1).atStartOfDay(ROME).toInstant();
        assertEquals(hours(25), allDay.businessTime(sunday, monday));
        assertEquals(monday, allDay.plusBusinessTime(sunday, hours(25)));
    }

    @Test
    void aWorkingRangeCrossingMidnightIsRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> TimeRange.parse("22:00-02:00"));
        assertEquals("A working range must start before it ends, on the same day, between 00:00 and 24:00"
                + " (got 22:00–02:00).", refused.getMessage());
        assertThrows(InvalidValueException.class, () -> WorkingWeek.parse("MON 09:00-13:00 12:00-18:00"));
        assertThrows(InvalidValueException.class, () -> WorkingWeek.parse("MON 25:00-26:00"));
        assertThrows(InvalidValueException.class, () -> WorkingWeek.parse(""));
        assertThrows(InvalidValueException.class, () -> WorkingWeek.parse("MONDAY 09:00-13:00"));
    }

    @Test
    void aWorkingWeekReadsBackAsItIsWritten() {
        WorkingWeek week = WorkingWeek.parse("fri 14:00-18:00 08:30-12:30; MON 20:00-24:00");
        assertEquals("MON 20:00-24:00; FRI 08:30-12:30 14:00-18:00", week.toString());
        assertEquals(WorkingWeek.parse(week.toString()), week);
        assertEquals(20 * 60, WorkingWeek.DEFAULT.minutesPerWeek() / 2);
    }

    @Test
    void aTargetUsedUpAtTheEndOfARangeIsDueThereNotAtTheNextStart() {
        assertEquals(rome("2027-03-08T13:00"), calendar.plusBusinessTime(rome("2027-03-08T09:00"), hours(4)));
        assertEquals(rome("2027-03-08T18:00"), calendar.plusBusinessTime(rome("2027-03-08T09:00"), hours(8)));
    }

    @Test
    void aPauseOverAHolidayHoldsOnlyTheWorkingHoursAroundIt() {
        // Thursday 17:00 to Tuesday 10:00 over Easter: Thursday's last hour, Friday, Tuesday's first hour.
        assertEquals(hours(10), calendar.businessTime(rome("2027-03-25T17:00"), rome("2027-03-30T10:00")));
    }

    @Test
    void closedDaysStopTheClockLikeHolidays() {
        HelpDeskCalendar withPatron = new HelpDeskCalendar(ROME, WorkingWeek.DEFAULT,
                List.of(new ClosedDays(LocalDate.of(2027, 6, 29), LocalDate.of(2027, 6, 29), "Saints Peter and Paul")));
        assertEquals(Optional.of("Saints Peter and Paul"), withPatron.closedBecause(LocalDate.of(2027, 6, 29)));
        assertEquals(rome("2027-06-30T10:00"), withPatron.plusBusinessTime(rome("2027-06-28T17:00"), hours(2)));
        assertThrows(InvalidValueException.class,
                () -> new ClosedDays(LocalDate.of(2027, 8, 20), LocalDate.of(2027, 8, 9), "Summer"));
    }

    @Test
    void timeOutsideWorkingHoursCountsNothing() {
        assertEquals(Duration.ZERO, calendar.businessTime(rome("2027-03-08T13:00"), rome("2027-03-08T14:00")));
        assertEquals(Duration.ZERO, calendar.businessTime(rome("2027-03-08T14:00"), rome("2027-03-08T13:00")));
        assertEquals(rome("2027-03-08T14:30"), calendar.plusBusinessTime(rome("2027-03-08T13:10"), minutes(30)));
    }

    @Test
    void theHelpDesksMonthBeginsAtItsMidnightNotUtcs() {
        Instant halfPastMidnightInRome = Instant.parse("2027-03-31T22:30:00Z");
        if (HelpDeskCalendar.ZONE.equals(ROME)) {
            assertEquals(LocalDate.of(2027, 4, 1), HelpDeskCalendar.dateOf(halfPastMidnightInRome));
            assertEquals(Instant.parse("2027-03-31T22:00:00Z"),
                    HelpDeskCalendar.startOf(java.time.YearMonth.of(2027, 4)));
        }
    }

    private static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
