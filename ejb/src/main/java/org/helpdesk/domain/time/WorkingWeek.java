package org.helpdesk.domain.time;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Term;

/**
 * The help desk's working hours on each day of the week: none, one or several ranges a day, in order and apart
 * (08:30–12:30 and 14:00–18:00, say). Stored and exchanged as text, one day after the other:
 * {@code MON 08:30-12:30 14:00-18:00; TUE ...}; a day not named has no working hours.
 */
public final class WorkingWeek {

    /** Monday to Friday, 09:00–13:00 and 14:00–18:00: the hours the help desk starts with. */
    public static final WorkingWeek DEFAULT = parse("MON 09:00-13:00 14:00-18:00; TUE 09:00-13:00 14:00-18:00;"
            + " WED 09:00-13:00 14:00-18:00; THU 09:00-13:00 14:00-18:00; FRI 09:00-13:00 14:00-18:00");

    private final Map<DayOfWeek, List<TimeRange>> days;

    /**
     * @throws InvalidValueException if the ranges of a day overlap, or the week has no working hours at all (a
     *         business-hours clock would never move)
     */
    public WorkingWeek(Map<DayOfWeek, List<TimeRange>> days) {
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = new ArrayList<>(days.getOrDefault(day, List.of()));
            ranges.sort(Comparator.comparingInt(TimeRange::from));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).from() < ranges.get(i - 1).to()) {
                    throw new InvalidValueException("value.timeRangesOverlap",
                            "The working hours of {0} overlap: {1} and {2}.", term(day), ranges.get(i - 1),
                            ranges.get(i));
                }
            }
            copy.put(day, List.copyOf(ranges));
        }
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new InvalidValueException("value.noWorkingHours",
                    "The week has no working hours: give at least one day some.");
        }
        this.days = Collections.unmodifiableMap(copy);
    }

    /**
     * @param text as {@link #toString()} writes it; days by their first three English letters
     * @throws InvalidValueException for a day or a range that cannot be read, or a day named twice
     */
    public static WorkingWeek parse(String text) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String part : (text == null ? "" : text).split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            DayOfWeek day = dayOf(words[0]);
            if (days.containsKey(day)) {
                throw new InvalidValueException("value.dayTwice", "{0} is given twice.", term(day));
            }
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                ranges.add(TimeRange.parse(words[i]));
            }
            days.put(day, ranges);
        }
        return new WorkingWeek(days);
    }

    private static DayOfWeek dayOf(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equalsIgnoreCase(word)) {
                return day;
            }
        }
        throw new InvalidValueException("value.dayOfWeek",
                "\"{0}\" is not a day of the week: write MON, TUE, WED, THU, FRI, SAT or SUN.", word);
    }

    /** The day's name in a refusal: English here, the reader's language on the screens. */
    private static Term term(DayOfWeek day) {
        return new Term("enum.DayOfWeek." + day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /** @return the ranges of {@code day}, in order; empty for a day off */
    public List<TimeRange> of(DayOfWeek day) {
        return days.get(day);
    }

    /** @return the working minutes of a whole week (without holidays or changes of clocks) */
    public int minutesPerWeek() {
        return days.values().stream().flatMap(List::stream).mapToInt(TimeRange::minutes).sum();
    }

    @Override
    public String toString() {
        return days.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().name().substring(0, 3) + " "
                        + e.getValue().stream().map(TimeRange::toString).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingWeek w && days.equals(w.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }
}
