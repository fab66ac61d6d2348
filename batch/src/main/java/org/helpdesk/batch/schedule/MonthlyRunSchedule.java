package org.helpdesk.batch.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * When the monthly run is due: on {@code dayOfMonth} (the last day for shorter months) at {@code time} in
 * {@code zone}, the run of the month before. Pure decision, no clock of its own: the scheduler passes the instant.
 *
 * @param dayOfMonth 1 to 31 (default 1)
 * @param time the time of day (default 02:00)
 * @param zone the zone of the schedule: the help desk's ({@link HelpDeskCalendar#ZONE}), whose months the run
 *        reports on
 */
public record MonthlyRunSchedule(int dayOfMonth, LocalTime time, ZoneId zone) {

    public MonthlyRunSchedule {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("The day of the monthly run is 1 to 31, not " + dayOfMonth + ".");
        }
    }

    /**
     * @return the schedule the system properties give: {@code helpdesk.reports.schedule.day} (default 1) and
     *         {@code helpdesk.reports.schedule.time} (default 02:00), in the help desk's time zone
     */
    public static MonthlyRunSchedule configured() {
        return new MonthlyRunSchedule(Integer.getInteger("helpdesk.reports.schedule.day", 1),
                LocalTime.parse(System.getProperty("helpdesk.reports.schedule.time", "02:00")), HelpDeskCalendar.ZONE);
    }

    /** @return the scheduled start of the run in the month {@code in} */
    public ZonedDateTime scheduledIn(YearMonth in) {
        return in.atDay(Math.min(dayOfMonth, in.lengthOfMonth())).atTime(time).atZone(zone);
    }

    /** @return the month whose run was scheduled most recently at or before {@code now} */
    public YearMonth lastDueMonth(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        YearMonth runIn = now.isBefore(scheduledIn(current).toInstant()) ? current.minusMonths(1) : current;
        return runIn.minusMonths(1);
    }

    /**
     * The catch-up rule: the month most recently due is started if its scheduled run was never started, whether the
     * server was up at the scheduled time or came up later. Older months are not caught up.
     *
     * @param started whether the scheduled run of a month has been started already
     * @return the month to start now, if any
     */
    public Optional<YearMonth> due(Instant now, Predicate<YearMonth> started) {
        YearMonth month = lastDueMonth(now);
        return started.test(month) ? Optional.empty() : Optional.of(month);
    }
}
