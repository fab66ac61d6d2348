package org.helpdesk.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The help desk's calendar: its time zone ({@code -Dhelpdesk.timezone}, default Europe/Rome), and with it the day,
 * the month and the year that anything happening at an instant belongs to. Every day and month the help desk speaks
 * of (a ticket's year, the date of the hours agreed at a closure, the month of a report, a statement or a month
 * close, the "previous month" of the monthly run) comes from here, never from UTC.
 *
 * <p>An instance adds the working time: the {@linkplain WorkingWeek working hours} of each weekday, Italy's national
 * holidays (computed for every year) and the {@linkplain ClosedDays days the administrator closed}. It measures
 * business time between two instants and finds the instant a business duration ends, a day at a time (never a minute
 * at a time): a working range is turned into instants in the zone, so a range over a change of clocks is an hour
 * shorter or longer, as the people working it live it.
 */
public final class HelpDeskCalendar {

    /** The help desk's time zone. */
    public static final ZoneId ZONE = ZoneId.of(System.getProperty("helpdesk.timezone", "Europe/Rome"));

    /** How far {@link #plusBusinessTime} looks for working hours before it gives up: ten years. */
    private static final int HORIZON_DAYS = 3660;

    private final ZoneId zone;
    private final WorkingWeek week;
    private final List<ClosedDays> closed;
    private final Map<Integer, Map<LocalDate, String>> holidays = new ConcurrentHashMap<>();

    /** The help desk's calendar in {@link #ZONE}. */
    public HelpDeskCalendar(WorkingWeek week, List<ClosedDays> closed) {
        this(ZONE, week, closed);
    }

    HelpDeskCalendar(ZoneId zone, WorkingWeek week, List<ClosedDays> closed) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = Objects.requireNonNull(week, "week");
        this.closed = List.copyOf(closed);
    }

    public WorkingWeek week() {
        return week;
    }

    public List<ClosedDays> closedDays() {
        return closed;
    }

    /**
     * @return why the help desk does not work on {@code day} although the week has hours that day: the code of a
     *         national holiday ({@code holiday.easterMonday}) or the name of the closed days; empty on a working day
     *         and on a day the week has no hours
     */
    public Optional<String> closedBecause(LocalDate day) {
        String holiday = holidays.computeIfAbsent(day.getYear(), ItalianHolidays::of).get(day);
        if (holiday != null) {
            return Optional.of(holiday);
        }
        return closed.stream().filter(c -> c.contains(day)).map(ClosedDays::name).findFirst();
    }

    /** @return whether the help desk works on {@code day}: it has hours that weekday and it is not closed */
    public boolean isWorkingDay(LocalDate day) {
        return !week.of(day.getDayOfWeek()).isEmpty() && closedBecause(day).isEmpty();
    }

    /** @return the business time from {@code from} to {@code to}: zero when {@code to} is not after {@code from} */
    public Duration businessTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (TimeRange range : week.of(day.getDayOfWeek())) {
                Instant start = max(instant(day, range.from()), from);
                Instant end = min(instant(day, range.to()), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * @return the instant at which {@code amount} of business time has passed since {@code from}: the end of a
     *         working range when it is used up exactly there, never the start of the next one; {@code from} itself
     *         for a zero amount
     * @throws IllegalStateException if the calendar has no working hours for ten years from {@code from}
     */
    public Instant plusBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A business duration cannot be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (TimeRange range : week.of(day.getDayOfWeek())) {
                Instant start = max(instant(day, range.from()), from);
                Instant end = instant(day, range.to());
                if (!end.isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("The calendar has no working hours in the ten years from " + from + ".");
    }

    /** A minute of a day as an instant: 24:00 is the next day's start, a time in a gap moves past the gap. */
    private Instant instant(LocalDate day, int minute) {
        if (minute == TimeRange.DAY) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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
