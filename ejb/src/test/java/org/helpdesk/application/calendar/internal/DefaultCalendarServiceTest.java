package org.helpdesk.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.calendar.CalendarService.AddClosedDays;
import org.helpdesk.application.calendar.CalendarService.CalendarView;
import org.helpdesk.application.calendar.CalendarService.ChangeWeek;
import org.helpdesk.application.calendar.CalendarService.DayView;
import org.helpdesk.application.calendar.CalendarService.HolidayView;
import org.helpdesk.application.calendar.CalendarService.ImportResult;
import org.helpdesk.application.calendar.CalendarService.WorkingDay;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.ticket.internal.ClockRefreshBatch;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.time.CalendarChange;
import org.helpdesk.domain.time.CalendarChangeKind;
import org.helpdesk.domain.time.CalendarClosure;
import org.helpdesk.domain.time.CalendarSettings;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.StoredCalendar;
import org.junit.jupiter.api.Test;

/** The calendar service's rules, on a calendar kept in memory: what is refused, what is recorded, what is kept. */
class DefaultCalendarServiceTest {

    private static final Instant NOW = Instant.parse("2031-03-03T10:00:00Z");

    private final MemoryCalendar stored = new MemoryCalendar();
    private final List<String> lostRaces = new ArrayList<>();
    private boolean raceLost;
    /** What the clocks read: the calendar as stored (in memory, everything is committed at once). */
    private final CalendarSettings settings = () -> new HelpDeskCalendar(stored.week().week(),
            stored.closures().stream().map(CalendarClosure::days).toList());
    private final DefaultCalendarService service = new DefaultCalendarService(stored, settings, () -> {
        if (raceLost) {
            throw new LostUpdateException(CalendarWeek.class, CalendarWeek.ID, null);
        }
    }, new FixedCaller("admin"), new WeekStaleEdits() {
        @Override
        public StaleEditException lostRace() {
            lostRaces.add("lost");
            return StaleEditException.workingWeek("anna", NOW.minusSeconds(5));
        }
    }, new ClockRefreshBatch() {
        @Override
        public int markOpenStale() {
            clocksMarkedStale++;
            return 0;
        }
    });
    /** How many times the open tickets' clocks were marked for a replay. */
    private int clocksMarkedStale;

    @Test
    void theCalendarStartsWithTheDefaultHoursAndListsTheYearsHolidays() {
        CalendarView view = service.calendar(2031);

        assertEquals("MON 09:00-13:00 14:00-18:00; TUE 09:00-13:00 14:00-18:00; WED 09:00-13:00 14:00-18:00;"
                + " THU 09:00-13:00 14:00-18:00; FRI 09:00-13:00 14:00-18:00", view.week());
        assertEquals(7, view.days().size());
        assertEquals(new WorkingDay(DayOfWeek.MONDAY, List.of("09:00-13:00", "14:00-18:00")), view.days().get(0));
        assertEquals(new WorkingDay(DayOfWeek.SUNDAY, List.of()), view.days().get(6));
        assertTrue(view.holidays().contains(new HolidayView(LocalDate.of(2031, 4, 14), "holiday.easterMonday",
                "Easter Monday")), view.holidays().toString());
        assertEquals(13, view.holidays().size(), "thirteen, Easter Sunday among them");
    }

    @Test
    void withoutAYearTheHolidaysAreThisYearsInTheHelpDesk() {
        assertEquals(2031, service.calendar(null).year());
    }

    @Test
    void aDayIsAsTheCalendarInForceCountsIt() {
        service.changeWeek(new ChangeWeek(0L, "MON 08:30-12:30 14:00-18:00; TUE 09:00-12:00", null));
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 6, 24), null, "San Giovanni"));

        assertEquals(new DayView(LocalDate.of(2031, 6, 23), true, List.of("08:30-12:30", "14:00-18:00"), null),
                service.day(LocalDate.of(2031, 6, 23)));
        assertEquals(new DayView(LocalDate.of(2031, 6, 24), false, List.of(), "San Giovanni"),
                service.day(LocalDate.of(2031, 6, 24)));
        assertEquals(new DayView(LocalDate.of(2031, 4, 14), false, List.of(), "holiday.easterMonday"),
                service.day(LocalDate.of(2031, 4, 14)));
        assertEquals(new DayView(LocalDate.of(2031, 6, 25), false, List.of(), null),
                service.day(LocalDate.of(2031, 6, 25)), "a Wednesday without hours");
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        assertEquals("value.holidayYear", assertThrows(InvalidValueException.class, () -> service.calendar(1066))
                .messageKey());
    }

    @Test
    void aNewWeekIsSavedAndItsChangeRecordedWithTheHoursBeforeAndAfter() {
        CalendarView view = service.changeWeek(new ChangeWeek(0L, "MON 08:30-12:30 14:00-18:00; SAT 09:00-12:00",
                null));

        assertEquals("MON 08:30-12:30 14:00-18:00; SAT 09:00-12:00", view.week());
        assertEquals("admin", view.changedBy());
        CalendarChange change = stored.changes.get(0);
        assertEquals(CalendarChangeKind.WORKING_WEEK, change.getKind());
        assertEquals("admin", change.getBy());
        assertEquals(NOW, change.getAt());
        assertTrue(change.getOldValue().startsWith("MON 09:00-13:00 14:00-18:00; TUE"), change.getOldValue());
        assertEquals("MON 08:30-12:30 14:00-18:00; SAT 09:00-12:00", change.getNewValue());
        assertEquals(1, clocksMarkedStale, "the open tickets' clocks are replayed with the new hours");
    }

    @Test
    void theWeekMayBeGivenDayByDay() {
        CalendarView view = service.changeWeek(new ChangeWeek(0L, null, List.of(
                new WorkingDay(DayOfWeek.TUESDAY, List.of("14:00-18:00", "8:30-12:30")),
                new WorkingDay(DayOfWeek.WEDNESDAY, List.of()))));

        assertEquals("TUE 08:30-12:30 14:00-18:00", view.week());
    }

    @Test
    void theWeekIsGivenOneWayOnly() {
        assertRefused("value.weekOrDays", () -> service.changeWeek(new ChangeWeek(0L, "MON 09:00-12:00",
                List.of(new WorkingDay(DayOfWeek.MONDAY, List.of("09:00-12:00"))))));
        assertRefused("value.weekOrDays", () -> service.changeWeek(new ChangeWeek(0L, " ", null)));
        assertRefused("value.dayTwice", () -> service.changeWeek(new ChangeWeek(0L, null, List.of(
                new WorkingDay(DayOfWeek.MONDAY, List.of("09:00-12:00")),
                new WorkingDay(DayOfWeek.MONDAY, List.of("14:00-15:00"))))));
        assertRefused("value.required", () -> service.changeWeek(new ChangeWeek(0L, null, List.of(
                new WorkingDay(null, List.of("09:00-12:00"))))));
    }

    @Test
    void hoursTheWeekCannotHaveAreRefusedAndNothingIsRecorded() {
        assertRefused("value.timeRangesOverlap", () -> service.changeWeek(new ChangeWeek(0L,
                "MON 09:00-13:00 12:00-18:00", null)));
        assertRefused("value.noWorkingHours", () -> service.changeWeek(new ChangeWeek(0L, null, List.of())));
        assertRefused("value.timeRangeFormat", () -> service.changeWeek(new ChangeWeek(0L, "MON 9-13", null)));

        assertEquals(List.of(), stored.changes);
    }

    @Test
    void aWeekChangedSinceItWasReadIsRefusedNamingWhoChangedItAndWhen() throws Exception {
        service.changeWeek(new ChangeWeek(0L, "MON 08:00-12:00", null));
        version(stored.week, 1);

        StaleEditException stale = assertThrows(StaleEditException.class,
                () -> service.changeWeek(new ChangeWeek(0L, "MON 10:00-12:00", null)));

        assertEquals("The working week was changed by admin at 2031-03-03 11:00:00 Europe/Rome after you opened it:"
                + " nothing was saved. Reload it and try again.", stale.getMessage());
        assertEquals("MON 08:00-12:00", stored.week.week().toString());
    }

    @Test
    void aVersionNobodySawIsNoStaleEdit() {
        InvalidValueException refused = assertRefused("value.noSuchWeekVersion",
                () -> service.changeWeek(new ChangeWeek(3L, "MON 08:00-12:00", null)));

        assertEquals("The working week has no version 3: its current version is 0. Reload it and try again.",
                refused.getMessage());
    }

    @Test
    void aChangeThatLostTheRaceInTheDatabaseNamesWhoWonIt() {
        raceLost = true;

        StaleEditException stale = assertThrows(StaleEditException.class,
                () -> service.changeWeek(new ChangeWeek(0L, "MON 08:00-12:00", null)));

        assertEquals(List.of("lost"), lostRaces);
        assertEquals("anna", stale.getChangedBy());
    }

    @Test
    void theSameHoursAgainChangeNothing() {
        service.changeWeek(new ChangeWeek(0L, "MON 09:00-13:00 14:00-18:00; TUE 09:00-13:00 14:00-18:00;"
                + " WED 09:00-13:00 14:00-18:00; THU 09:00-13:00 14:00-18:00; FRI 09:00-13:00 14:00-18:00", null));

        assertEquals(List.of(), stored.changes);
        assertEquals(null, stored.week.getChangedBy());
        assertEquals(0, clocksMarkedStale);
    }

    @Test
    void closedDaysAreAddedRecordedAndMakeEveryServerBuildTheCalendarAgain() {
        var added = service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 10, 4), null, " Patron saint "));

        assertEquals(LocalDate.of(2031, 10, 4), added.last());
        assertEquals("Patron saint", added.name());
        assertEquals("admin", added.addedBy());
        assertEquals(1, stored.revisions);
        assertEquals(1, clocksMarkedStale);
        assertEquals(CalendarChangeKind.CLOSED_DAYS_ADDED, stored.changes.get(0).getKind());
        assertEquals("2031-10-04 Patron saint", stored.changes.get(0).getNewValue());
        assertEquals(List.of("Patron saint"), service.calendar(2031).closedDays().stream().map(c -> c.name())
                .toList());
    }

    @Test
    void theSameDaysAreNotClosedTwiceWhateverTheirName() {
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 8, 11), LocalDate.of(2031, 8, 22),
                "Summer closure"));

        InvalidValueException refused = assertRefused("value.closedAlready", () -> service.addClosedDays(
                new AddClosedDays(LocalDate.of(2031, 8, 11), LocalDate.of(2031, 8, 22), "Ferie")));
        assertEquals("The days from 2031-08-11 to 2031-08-22 are closed already: Summer closure.",
                refused.getMessage());
        // Days within them, or overlapping them, are other closed days.
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 8, 15), null, "Assumption, again"));
        assertEquals(2, stored.closures.size());
    }

    @Test
    void closedDaysTheCalendarCannotHaveAreRefused() {
        assertRefused("value.closedDaysOrder", () -> service.addClosedDays(new AddClosedDays(
                LocalDate.of(2031, 8, 22), LocalDate.of(2031, 8, 11), "Backwards")));
        assertRefused("value.closedDaysTooLong", () -> service.addClosedDays(new AddClosedDays(
                LocalDate.of(2031, 1, 1), LocalDate.of(2032, 6, 1), "Sabbatical")));
        assertEquals(0, stored.revisions);
    }

    @Test
    void closedDaysRemovedAreRecordedWithWhatTheyWere() {
        var added = service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 12, 24), LocalDate.of(2031, 12, 31),
                "Christmas closure"));

        service.removeClosedDays(added.id());

        assertEquals(List.of(), stored.closures);
        CalendarChange removed = stored.changes.get(1);
        assertEquals(CalendarChangeKind.CLOSED_DAYS_REMOVED, removed.getKind());
        assertEquals("2031-12-24..2031-12-31 Christmas closure", removed.getOldValue());
        assertEquals(null, removed.getNewValue());
        assertEquals(2, stored.revisions);
        assertEquals(2, clocksMarkedStale);
        assertEquals("notFound.closedDays", assertThrows(NotFoundException.class,
                () -> service.removeClosedDays(added.id())).messageKey());
    }

    @Test
    void anImportAddsEachEventOnceAndCountsTheDaysClosedAlready() {
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 10, 4), null, "Patron saint"));
        String file = "BEGIN:VCALENDAR\r\n"
                + event("20311004", "20311005", "San Francesco") + event("20310811", "20310823", "Ferie")
                + event("20310811", "20310823", "Ferie, twice in the file") + event("20311227", "20311228", "Ponte")
                + "END:VCALENDAR\r\n";

        ImportResult result = service.importFile(file.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, result.added());
        assertEquals(2, result.duplicates());
        assertEquals(List.of("Ferie", "Ponte"), result.closedDays().stream().map(c -> c.name()).toList());
        assertEquals(3, stored.closures.size());
        assertEquals(List.of(CalendarChangeKind.CLOSED_DAYS_ADDED, CalendarChangeKind.CLOSED_DAYS_IMPORTED,
                CalendarChangeKind.CLOSED_DAYS_IMPORTED),
                stored.changes.stream().map(CalendarChange::getKind).toList());
        assertEquals(2, stored.revisions, "one move for the closed day added, one for the whole import");

        ImportResult again = service.importFile(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, again.added());
        assertEquals(4, again.duplicates());
        assertEquals(2, stored.revisions);
        assertEquals(2, clocksMarkedStale, "a file that adds nothing changes no clock");
    }

    @Test
    void aFileThatCannotBeReadWholeImportsNothing() {
        String file = "BEGIN:VCALENDAR\r\n" + event("20311004", "20311005", "Fine")
                + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20311332\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        assertRefused("value.icsDate", () -> service.importFile(file.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(), stored.closures);
        assertEquals(List.of(), stored.changes);
    }

    @Test
    void theChangesAreListedNewestFirstAtMostTheLimit() {
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 10, 4), null, "First"));
        service.addClosedDays(new AddClosedDays(LocalDate.of(2031, 10, 5), null, "Second"));

        assertEquals(List.of("2031-10-05 Second"), service.changes(1).stream().map(c -> c.newValue()).toList());
        assertEquals(1, service.changes(0).size(), "a limit under 1 lists one");
    }

    // ------------------------------------------------------------------ helpers

    private static String event(String start, String end, String summary) {
        return "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start + "\r\nDTEND;VALUE=DATE:" + end + "\r\nSUMMARY:"
                + summary.replace(",", "\\,") + "\r\nEND:VEVENT\r\n";
    }

    private static InvalidValueException assertRefused(String key, Runnable call) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, call::run);
        assertEquals(key, refused.messageKey(), refused.getMessage());
        return refused;
    }

    /** What the database does when another change commits: the row's version moves. */
    private static void version(CalendarWeek week, long version) throws ReflectiveOperationException {
        Field field = CalendarWeek.class.getDeclaredField("version");
        field.setAccessible(true);
        field.setLong(week, version);
    }

    private static final class FixedCaller extends Caller {
        private final String username;

        FixedCaller(String username) {
            this.username = username;
        }

        @Override
        public String username() {
            return username;
        }

        @Override
        public Instant now() {
            return NOW;
        }
    }

    /** The stored calendar in memory: ids given on adding, changes kept in order. */
    private static final class MemoryCalendar implements StoredCalendar {
        CalendarWeek week;
        final List<CalendarClosure> closures = new ArrayList<>();
        final List<CalendarChange> changes = new ArrayList<>();
        int revisions;
        long nextId = 1;

        @Override
        public CalendarWeek week() {
            if (week == null) {
                week = CalendarWeek.defaults();
            }
            return week;
        }

        @Override
        public Optional<CalendarWeek> committedWeek() {
            return Optional.ofNullable(week);
        }

        @Override
        public List<CalendarClosure> closures() {
            return closures.stream().sorted(Comparator.comparing(CalendarClosure::getFirstDay)).toList();
        }

        @Override
        public Optional<CalendarClosure> closure(long id) {
            return closures.stream().filter(c -> c.getId() == id).findFirst();
        }

        @Override
        public void add(CalendarClosure closure) {
            closures.add(withId(closure));
        }

        @Override
        public void remove(CalendarClosure closure) {
            closures.remove(closure);
        }

        @Override
        public void closedDaysChanged() {
            revisions++;
        }

        @Override
        public void record(CalendarChange change) {
            changes.add(withId(change));
        }

        /** What the sequence does on persisting. */
        private <T> T withId(T entity) {
            try {
                Field id = entity.getClass().getDeclaredField("id");
                id.setAccessible(true);
                id.set(entity, nextId++);
                return entity;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<CalendarChange> changes(int limit) {
            List<CalendarChange> newestFirst = new ArrayList<>(changes);
            java.util.Collections.reverse(newestFirst);
            return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
        }
    }
}
