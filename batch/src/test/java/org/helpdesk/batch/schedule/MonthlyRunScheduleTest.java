package org.helpdesk.batch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthlyRunScheduleTest {

    private final MonthlyRunSchedule firstAtTwo = new MonthlyRunSchedule(1, LocalTime.of(2, 0), ZoneOffset.UTC);

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theRunOfAMonthIsDueOnTheFirstOfTheNextAtTwo() {
        assertEquals(YearMonth.of(2026, 2), firstAtTwo.lastDueMonth(Instant.now(at("2026-04-01T01:59:59Z"))));
        assertEquals(YearMonth.of(2026, 3), firstAtTwo.lastDueMonth(Instant.now(at("2026-04-01T02:00:00Z"))));
        assertEquals(YearMonth.of(2026, 3), firstAtTwo.lastDueMonth(Instant.now(at("2026-04-30T23:00:00Z"))));
    }

    @Test
    void januaryLooksBackToDecemberOfThePreviousYear() {
        assertEquals(YearMonth.of(2025, 12), firstAtTwo.lastDueMonth(Instant.now(at("2026-01-01T02:00:00Z"))));
        assertEquals(YearMonth.of(2025, 11), firstAtTwo.lastDueMonth(Instant.now(at("2026-01-01T01:00:00Z"))));
    }

    @Test
    void aServerDownAtTheScheduledTimeCatchesUpAtItsNextStartOnlyOnce() {
        Set<YearMonth> started = new HashSet<>();
        // Down on 1 April at 02:00; back up on 3 April at 09:00: March is started then.
        Clock clock = at("2026-04-03T09:00:00Z");
        Optional<YearMonth> due = firstAtTwo.due(Instant.now(clock), started::contains);
        assertEquals(Optional.of(YearMonth.of(2026, 3)), due);
        started.add(due.orElseThrow());
        // The nightly timer of 4 April and a second start of the server find it started.
        assertEquals(Optional.empty(), firstAtTwo.due(Instant.now(at("2026-04-04T02:00:00Z")), started::contains));
        assertEquals(Optional.empty(), firstAtTwo.due(Instant.now(at("2026-04-29T10:00:00Z")), started::contains));
        // Next month, April is due.
        assertEquals(Optional.of(YearMonth.of(2026, 4)),
                firstAtTwo.due(Instant.now(at("2026-05-01T02:00:00Z")), started::contains));
    }

    @Test
    void aDayBeyondTheEndOfAShortMonthMeansItsLastDay() {
        MonthlyRunSchedule on31 = new MonthlyRunSchedule(31, LocalTime.of(2, 0), ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 1), on31.lastDueMonth(Instant.parse("2026-02-28T02:00:00Z")));
        assertEquals(YearMonth.of(2025, 12), on31.lastDueMonth(Instant.parse("2026-02-27T02:00:00Z")));
    }

    @Test
    void theConfiguredScheduleRunsAtTwoInTheHelpDesksTimeZone() {
        MonthlyRunSchedule configured = MonthlyRunSchedule.configured();
        assertEquals(ZoneId.of("Europe/Rome"), configured.zone());
        // 1 April 2026 02:00 in Rome (summer time) is 00:00 UTC.
        assertEquals(YearMonth.of(2026, 2), configured.lastDueMonth(Instant.parse("2026-03-31T23:59:59Z")));
        assertEquals(YearMonth.of(2026, 3), configured.lastDueMonth(Instant.parse("2026-04-01T00:00:00Z")));
    }

    @Test
    void aHelpDeskWestOfUtcReportsOnAMonthOnlyOnceItHasEndedThere() {
        MonthlyRunSchedule newYork = new MonthlyRunSchedule(1, LocalTime.of(2, 0), ZoneId.of("America/New_York"));
        // 02:00 UTC on 1 April is still 31 March in New York: March has not ended there.
        assertEquals(YearMonth.of(2026, 2), newYork.lastDueMonth(Instant.parse("2026-04-01T02:00:00Z")));
        assertEquals(YearMonth.of(2026, 3), newYork.lastDueMonth(Instant.parse("2026-04-01T06:00:00Z")));
    }

    @Test
    void aDayOutsideOneTo31IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MonthlyRunSchedule(0, LocalTime.of(2, 0), ZoneOffset.UTC));
        assertEquals("The day of the monthly run is 1 to 31, not 0.", e.getMessage());
    }
}
