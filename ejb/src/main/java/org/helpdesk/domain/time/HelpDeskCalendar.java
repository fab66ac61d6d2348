package org.helpdesk.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The help desk's calendar: its time zone ({@code -Dhelpdesk.timezone}, default Europe/Rome), and with it the day,
 * the month and the year that anything happening at an instant belongs to. Every day and month the help desk speaks
 * of (a ticket's year, the date of the hours agreed at a closure, the month of a report, a statement or a month
 * close, the "previous month" of the monthly run) comes from here, never from UTC.
 */
public final class HelpDeskCalendar {

    /** The help desk's time zone. */
    public static final ZoneId ZONE = ZoneId.of(System.getProperty("helpdesk.timezone", "Europe/Rome"));

    private HelpDeskCalendar() {
    }

    /** @return the help desk's day at {@code at} */
    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** @return the help desk's month at {@code at} */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(ZONE));
    }

    /** @return the help desk's year at {@code at} (the year of a ticket number) */
    public static int yearOf(Instant at) {
        return at.atZone(ZONE).getYear();
    }

    /** @return the instant the help desk's {@code day} begins (its midnight, or the first instant after a gap) */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** @return the instant the help desk's {@code month} begins */
    public static Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** @return the instant the help desk's {@code month} ends: the start of the next one, excluded from it */
    public static Instant endOf(YearMonth month) {
        return startOf(month.plusMonths(1));
    }
}
