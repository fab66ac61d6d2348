package org.helpdesk.domain.time;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * One range of working hours within a day, from {@code from} to {@code to} minutes after the day's midnight
 * (0 to 1440: {@code 24:00} is the end of the day). A range ends on the day it starts: night shifts are two ranges,
 * one before midnight and one after.
 *
 * @param from the first minute, 0–1439
 * @param to the minute it ends, excluded, after {@code from}, at most 1440
 */
public record TimeRange(int from, int to) implements java.io.Serializable {

    static final int DAY = 24 * 60;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})");

    public TimeRange {
        if (from < 0 || to > DAY || from >= to) {
            throw new InvalidValueException("value.timeRange", "A working range must start before it ends, on the"
                    + " same day, between 00:00 and 24:00 (got {0}).", text(from) + "–" + text(to));
        }
    }

    /**
     * @param text {@code HH:mm-HH:mm}, e.g. {@code 08:30-12:30} or {@code 20:00-24:00}
     * @throws InvalidValueException if it is not a range within one day
     */
    public static TimeRange parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("value.timeRangeFormat",
                    "\"{0}\" is not a range of hours: write it as 08:30-12:30.", text == null ? "" : text.strip());
        }
        return new TimeRange(minutes(m.group(1), m.group(2), text), minutes(m.group(3), m.group(4), text));
    }

    private static int minutes(String hours, String minutes, String text) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m > 0)) {
            throw new InvalidValueException("value.timeRangeFormat",
                    "\"{0}\" is not a range of hours: write it as 08:30-12:30.", text.strip());
        }
        return h * 60 + m;
    }

    /** @return the start as a time of day */
    public LocalTime start() {
        return LocalTime.ofSecondOfDay(from * 60L);
    }

    /** @return the length in minutes (on a day without a change of clocks) */
    public int minutes() {
        return to - from;
    }

    @Override
    public String toString() {
        return text(from) + "-" + text(to);
    }

    private static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
