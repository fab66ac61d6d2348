package org.helpdesk.reports;

/** Formats minutes for people: {@code 1:05} (hours and minutes), negative for reversals. */
public final class Durations {

    private Durations() {
    }

    /** @return {@code h:mm}, e.g. {@code 12:05} or {@code -0:30}; an empty text for null */
    public static String hm(Number minutes) {
        if (minutes == null) {
            return "";
        }
        long value = minutes.longValue();
        long abs = Math.abs(value);
        return (value < 0 ? "-" : "") + abs / 60 + ":" + String.format("%02d", abs % 60);
    }

    /** @return an elapsed time as {@code 2 h 05 min}, {@code 3 d 4 h} or an empty text for null */
    public static String elapsed(Long minutes) {
        if (minutes == null) {
            return "";
        }
        long m = minutes;
        if (m < 60) {
            return m + " min";
        }
        if (m < 24 * 60) {
            return m / 60 + " h " + String.format("%02d", m % 60) + " min";
        }
        return m / (24 * 60) + " d " + (m % (24 * 60)) / 60 + " h";
    }
}
