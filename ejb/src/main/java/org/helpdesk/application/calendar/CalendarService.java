package org.helpdesk.application.calendar;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.helpdesk.domain.text.PlainText;
import org.helpdesk.domain.time.CalendarChangeKind;

/**
 * The help desk's calendar, which the milestone clocks count business time with: the working hours of each weekday,
 * the days it is closed besides Italy's national holidays (a local holiday, a company closure), and the journal of
 * every change. Every staff role reads the calendar; ADMIN changes it and reads the journal (AUDITOR too). A change
 * applies to every milestone computed after it, as {@link org.helpdesk.domain.time.CalendarSettings#current()} reads
 * it.
 */
@Local
public interface CalendarService {

    /** The largest calendar file {@link #importFile} reads: 1 MB. */
    int MAX_IMPORT_BYTES = 1024 * 1024;

    /** The most events {@link #importFile} reads from one file. */
    int MAX_IMPORT_EVENTS = 500;

    /**
     * The working hours of one weekday.
     *
     * @param day the weekday
     * @param ranges its working ranges, each {@code HH:mm-HH:mm} ({@code 08:30-12:30}); none for a day off
     */
    record WorkingDay(
            // A JDK enum: the OpenAPI scanner would describe its class, not the name JSON-B writes.
            @Schema(type = SchemaType.STRING, enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY"}) DayOfWeek day,
            List<String> ranges) implements java.io.Serializable {
    }

    /**
     * @param id what {@link #removeClosedDays} takes
     * @param first the first day closed
     * @param last the last day closed (the same as {@code first} for a single day)
     */
    record ClosedDaysView(long id, LocalDate first, LocalDate last, String name, String addedBy, Instant addedAt) implements java.io.Serializable {
    }

    /**
     * One of Italy's national holidays.
     *
     * @param code the holiday's key in the screens' bundles, {@code holiday.easterMonday}
     * @param name its English name
     */
    record HolidayView(LocalDate date, String code, String name) implements java.io.Serializable {
    }

    /**
     * The calendar in force.
     *
     * @param week the working week as text, {@code MON 09:00-13:00 14:00-18:00; TUE ...}
     * @param version what a change of the working week sends back
     * @param changedBy who last changed the working hours (null while they are the defaults)
     * @param days the same working week day by day, Monday to Sunday
     * @param closedDays every closed days, by first day
     * @param year the year of {@code holidays}
     * @param holidays Italy's national holidays of {@code year}, by date
     */
    record CalendarView(String week, long version, String changedBy, Instant changedAt, List<WorkingDay> days,
            List<ClosedDaysView> closedDays, int year, List<HolidayView> holidays) implements java.io.Serializable {
    }

    /**
     * New working hours, either as text ({@code week}: {@code MON 08:30-12:30 14:00-18:00; TUE ...}, a day not named
     * has none) or day by day ({@code days}: a day not listed has none), not both.
     *
     * @param version the version of the calendar the caller read
     */
    @PlainText
    record ChangeWeek(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @Size(max = 1000, message = "{validation.max1000}") String week,
            List<WorkingDay> days) implements java.io.Serializable {
    }

    /**
     * @param first the first day closed
     * @param last the last day closed, included; none for a single day
     * @param name what the days are: {@code Patron saint}, {@code Summer closure}
     */
    @PlainText
    record AddClosedDays(
            @NotNull(message = "{validation.firstDay}") LocalDate first,
            LocalDate last,
            @NotBlank(message = "{validation.closedDaysName}") @Size(max = 200, message = "{validation.max200}")
            String name) implements java.io.Serializable {
    }

    /**
     * One day as the milestone clocks count it.
     *
     * @param working whether the help desk works that day
     * @param hours its working ranges ({@code 09:00-13:00}); none on a day the help desk does not work
     * @param closedBecause why a day with working hours in the week is closed: a national holiday's code
     *        ({@code holiday.easterMonday}) or the closed days' name; null on a working day and on a weekday without
     *        hours
     */
    record DayView(LocalDate date, boolean working, List<String> hours, String closedBecause) implements java.io.Serializable {
    }

    /**
     * What an imported file added.
     *
     * @param added the closed days added
     * @param duplicates the events left out because the same days were closed already (or earlier in the file)
     * @param closedDays the closed days added, by first day
     */
    record ImportResult(int added, int duplicates, List<ClosedDaysView> closedDays) implements java.io.Serializable {
    }

    /**
     * One change of the calendar.
     *
     * @param oldValue the working week before, or the closed days removed; null for closed days added
     * @param newValue the working week after, or the closed days added; null for closed days removed
     */
    record CalendarChangeView(long id, Instant at, String by, CalendarChangeKind kind, String oldValue,
            String newValue) implements java.io.Serializable {
    }

    /**
     * @param year the year whose national holidays are listed, 1900 to 2999; null for this year in the help desk
     * @throws org.helpdesk.domain.shared.InvalidValueException for a year out of that range
     */
    CalendarView calendar(Integer year);

    /**
     * Any staff role. The day as the calendar in force counts it: the calendar as committed, which is what every
     * server's clocks read ({@link org.helpdesk.domain.time.CalendarSettings#current()}).
     */
    DayView day(@NotNull LocalDate date);

    /**
     * ADMIN. Refused with {@link org.helpdesk.application.StaleEditException}, naming who changed the working week and
     * when, if it changed since the caller read {@code version}; with an InvalidValueException for hours that cannot
     * be read, that overlap, or a week with no working hours at all.
     *
     * @return the calendar with the new hours (and this year's holidays)
     */
    CalendarView changeWeek(@NotNull ChangeWeek command);

    /**
     * ADMIN. Refused with an InvalidValueException when the last day is before the first, the days span more than a
     * year, or the same days are closed already.
     */
    ClosedDaysView addClosedDays(@NotNull AddClosedDays command);

    /**
     * ADMIN.
     *
     * @throws org.helpdesk.application.NotFoundException for closed days that do not exist (removed already)
     */
    void removeClosedDays(long id);

    /**
     * ADMIN. Adds the closed days of every event of an iCalendar file ({@code .ics}, at most
     * {@value #MAX_IMPORT_BYTES} bytes and {@value #MAX_IMPORT_EVENTS} events): an all-day event's days (its
     * {@code DTEND} is the day after the last), an event with times on its days, each named after its
     * {@code SUMMARY}. Events for days closed already are left out and counted, so a file imported twice adds nothing
     * the second time. A file that cannot be read whole (not a calendar, an event without start or name, a repeating
     * event, a date that is none) is refused with an InvalidValueException naming the line, and nothing is imported.
     *
     * @param file the file's bytes
     */
    ImportResult importFile(@NotNull byte[] file);

    /**
     * ADMIN, AUDITOR.
     *
     * @param limit at most this many, 1 to 500
     * @return the latest changes, newest first
     */
    List<CalendarChangeView> changes(int limit);
}
