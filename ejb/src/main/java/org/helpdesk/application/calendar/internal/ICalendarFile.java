package org.helpdesk.application.calendar.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.application.calendar.CalendarService;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.time.ClosedDays;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * Reads the closed days out of an iCalendar file (RFC 5545, {@code .ics}): each event ({@code VEVENT}) becomes the
 * days from its start to its end with its {@code SUMMARY} as name.
 * <ul>
 * <li>An all-day event ({@code DTSTART;VALUE=DATE:20310815}) covers its days up to {@code DTEND}, which is the day
 * after the last (exclusive, as the standard says); without {@code DTEND}, one day, or {@code DURATION} days
 * ({@code P3D}, {@code P2W}).</li>
 * <li>An event with times covers the days from its start to its end (an end at midnight does not count that day):
 * the day of a {@code Z} (UTC) time is the help desk's, any other time is taken on the day it is written.</li>
 * <li>Cancelled events ({@code STATUS:CANCELLED}) are left out. Repeating events ({@code RRULE}, {@code RDATE}) are
 * refused, not expanded: their days must be imported one by one.</li>
 * </ul>
 * The file is hostile until read: at most {@link CalendarService#MAX_IMPORT_BYTES} bytes of UTF-8 text without
 * control characters, lines folded or not, CRLF or LF, at most {@link CalendarService#MAX_IMPORT_EVENTS} events,
 * parts nested at most {@value #MAX_DEPTH} deep, each (unfolded) line at most {@value #MAX_LINE} characters. Nothing
 * it names is ever fetched (attachments, URLs, time zone definitions are ignored). Any fault refuses the whole file,
 * naming its line, so that nothing is imported by halves.
 */
final class ICalendarFile {

    static final int MAX_DEPTH = 8;
    static final int MAX_LINE = 10_000;
    static final int NAME_MAX = 200;

    /** The closed days of one event, with the line where the event begins. */
    record Event(int line, ClosedDays days) implements java.io.Serializable {
    }

    /** One content line, unfolded: {@code NAME;PARAM=value:value}. */
    private record Line(int number, String name, Map<String, String> parameters, String value) implements java.io.Serializable {
    }

    /** What an event said so far. */
    private static final class EventLines {
        final int begins;
        Line start;
        Line end;
        Line duration;
        Line summary;
        boolean repeats;
        boolean cancelled;

        EventLines(int begins) {
            this.begins = begins;
        }
    }

    private ICalendarFile() {
    }

    /**
     * @param content the file's bytes
     * @return the closed days of each event, in the file's order (cancelled events left out)
     * @throws InvalidValueException naming what is wrong and where, when the file cannot be read whole
     */
    static List<Event> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException("value.icsEmpty", "The file is empty: choose an iCalendar file (.ics).");
        }
        if (content.length > CalendarService.MAX_IMPORT_BYTES) {
            throw new InvalidValueException("value.icsTooLarge",
                    "The file is larger than 1 MB: a calendar of closed days is much smaller. Choose another file.");
        }
        String text = text(content);
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw new InvalidValueException("value.icsNotCalendar",
                    "This is not an iCalendar file: it must begin with BEGIN:VCALENDAR.");
        }
        return events(unfold(text));
    }

    /** The bytes as UTF-8 text (a byte-order mark skipped); refused when they are not, or hold control characters. */
    private static String text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("value.icsNotText",
                    "The file is not UTF-8 text, as an iCalendar file is: choose an iCalendar file (.ics).");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The content lines, folded lines joined (a line that begins with a space or a tab continues the one before). */
    private static List<Line> unfold(String text) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        int number = 0;
        int from = 0;
        while (from <= text.length()) {
            int lf = text.indexOf('\n', from);
            int to = lf < 0 ? text.length() : lf;
            number++;
            String physical = text.substring(from, to > from && text.charAt(to - 1) == '\r' ? to - 1 : to);
            from = to + 1;
            checkCharacters(physical, number);
            if (!physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t')) {
                if (current == null) {
                    throw syntax(number);
                }
                current.append(physical, 1, physical.length());
            } else {
                if (current != null) {
                    lines.add(parse(current.toString(), currentNumber));
                }
                current = physical.isBlank() ? null : new StringBuilder(physical);
                currentNumber = number;
            }
            if (current != null && current.length() > MAX_LINE) {
                throw new InvalidValueException("value.icsLineTooLong",
                        "Line {0} of the file is longer than {1} characters: this is not a calendar of closed days.",
                        String.valueOf(currentNumber), String.valueOf(MAX_LINE));
            }
            if (lf < 0) {
                break;
            }
        }
        if (current != null) {
            lines.add(parse(current.toString(), currentNumber));
        }
        return lines;
    }

    private static void checkCharacters(String line, int number) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new InvalidValueException("value.icsControl",
                        "Line {0} of the file holds a control character: choose an iCalendar file (.ics).",
                        String.valueOf(number));
            }
        }
    }

    /** {@code NAME *(";" PARAM "=" value *("," value)) ":" value}, names in upper case. */
    private static Line parse(String text, int number) {
        int i = 0;
        while (i < text.length() && isNameCharacter(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i == text.length()) {
            throw syntax(number);
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        Map<String, String> parameters = new HashMap<>();
        while (text.charAt(i) == ';') {
            int start = ++i;
            while (i < text.length() && isNameCharacter(text.charAt(i))) {
                i++;
            }
            if (i == start || i >= text.length() || text.charAt(i) != '=') {
                throw syntax(number);
            }
            String parameter = text.substring(start, i).toUpperCase(Locale.ROOT);
            int valueStart = ++i;
            boolean quoted = false;
            while (i < text.length() && (quoted || (text.charAt(i) != ';' && text.charAt(i) != ':'))) {
                if (text.charAt(i) == '"') {
                    quoted = !quoted;
                }
                i++;
            }
            if (quoted || i >= text.length()) {
                throw syntax(number);
            }
            parameters.put(parameter, text.substring(valueStart, i).replace("\"", ""));
        }
        if (text.charAt(i) != ':') {
            throw syntax(number);
        }
        return new Line(number, name, parameters, text.substring(i + 1));
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static InvalidValueException syntax(int number) {
        return new InvalidValueException("value.icsSyntax",
                "Line {0} of the file is not a line of an iCalendar file (NAME:value).", String.valueOf(number));
    }

    /** Walks the parts (BEGIN/END, properly nested) and makes the closed days of each event. */
    private static List<Event> events(List<Line> lines) {
        List<Event> events = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        EventLines event = null;
        int count = 0;
        boolean ended = false;
        for (Line line : lines) {
            if (ended) {
                throw new InvalidValueException("value.icsAfterEnd",
                        "Line {0} of the file comes after END:VCALENDAR: a file holds one calendar.",
                        String.valueOf(line.number()));
            }
            String part = line.value().strip().toUpperCase(Locale.ROOT);
            if (line.name().equals("BEGIN")) {
                if (part.isEmpty() || open.size() >= MAX_DEPTH) {
                    throw part.isEmpty() ? syntax(line.number()) : new InvalidValueException("value.icsTooDeep",
                            "Line {0} of the file nests its parts more than {1} deep.", String.valueOf(line.number()),
                            String.valueOf(MAX_DEPTH));
                }
                if (part.equals("VEVENT") && open.size() == 1) {
                    if (++count > CalendarService.MAX_IMPORT_EVENTS) {
                        throw new InvalidValueException("value.icsTooManyEvents",
                                "The file has more than {0} events: import it in parts.",
                                String.valueOf(CalendarService.MAX_IMPORT_EVENTS));
                    }
                    event = new EventLines(line.number());
                }
                open.push(part);
            } else if (line.name().equals("END")) {
                if (open.isEmpty() || !open.peek().equals(part)) {
                    throw new InvalidValueException("value.icsUnopened",
                            "Line {0} of the file ends {1}, which is not the part open there.",
                            String.valueOf(line.number()), part);
                }
                open.pop();
                if (part.equals("VEVENT") && open.size() == 1 && event != null) {
                    closedDays(event).ifPresent(events::add);
                    event = null;
                }
                ended = open.isEmpty();
            } else if (event != null && open.size() == 2) {
                property(event, line);
            }
        }
        if (!open.isEmpty()) {
            throw new InvalidValueException("value.icsUnclosed",
                    "The file ends before END:{0}: it was cut short.", open.peek());
        }
        if (count == 0) {
            throw new InvalidValueException("value.icsNoEvents",
                    "The file has no events (VEVENT): there are no closed days to import.");
        }
        return events;
    }

    private static void property(EventLines event, Line line) {
        switch (line.name()) {
            case "DTSTART" -> event.start = once(event.start, line);
            case "DTEND" -> event.end = once(event.end, line);
            case "DURATION" -> event.duration = once(event.duration, line);
            case "SUMMARY" -> event.summary = once(event.summary, line);
            case "RRULE", "RDATE" -> event.repeats = true;
            case "STATUS" -> event.cancelled = line.value().strip().equalsIgnoreCase("CANCELLED");
            default -> {
                // Anything else (description, location, attachments, alarms' links) is not needed and never read.
            }
        }
    }

    private static Line once(Line earlier, Line line) {
        if (earlier != null) {
            throw new InvalidValueException("value.icsTwice", "Line {0} of the file gives the event''s {1} again.",
                    String.valueOf(line.number()), line.name());
        }
        return line;
    }

    private static Optional<Event> closedDays(EventLines event) {
        String begins = String.valueOf(event.begins);
        if (event.repeats) {
            throw new InvalidValueException("value.icsRepeats", "The event at line {0} of the file repeats (RRULE"
                    + " or RDATE): repeating events are not imported. Give each closed day its own event.", begins);
        }
        if (event.start == null) {
            throw new InvalidValueException("value.icsNoStart",
                    "The event at line {0} of the file has no start (DTSTART).", begins);
        }
        if (event.cancelled) {
            return Optional.empty();
        }
        boolean allDay = isDate(event.start);
        LocalDate first = day(event.start);
        LocalDate last;
        if (event.end != null) {
            if (isDate(event.end) != allDay) {
                throw new InvalidValueException("value.icsMixed", "The event at line {0} of the file starts and ends"
                        + " differently: both must be days, or both times.", begins);
            }
            LocalDate end = day(event.end);
            boolean endExcluded = allDay || (end.isAfter(first) && endsAtMidnight(event.end));
            last = endExcluded && end.isAfter(first) ? end.minusDays(1) : end;
        } else if (event.duration != null && allDay) {
            last = first.plusDays(days(event.duration) - 1L);
        } else {
            last = first;
        }
        if (last.isBefore(first)) {
            throw new InvalidValueException("value.icsEndsBeforeStart",
                    "The event at line {0} of the file ends before it starts.", begins);
        }
        if (first.plusDays(366).isBefore(last)) {
            throw new InvalidValueException("value.icsTooLong",
                    "The event at line {0} of the file lasts more than a year.", begins);
        }
        return Optional.of(new Event(event.begins, new ClosedDays(first, last, name(event, begins))));
    }

    private static String name(EventLines event, String begins) {
        String name = event.summary == null ? "" : unescape(event.summary.value()).replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            throw new InvalidValueException("value.icsNoSummary",
                    "The event at line {0} of the file has no name (SUMMARY).", begins);
        }
        return name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX).strip();
    }

    /** RFC 5545 TEXT: {@code \\}, {@code \;}, {@code \,}, {@code \n} or {@code \N} (a line break). */
    static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isDate(Line line) {
        return "DATE".equalsIgnoreCase(line.parameters().get("VALUE")) || line.value().strip().length() == 8;
    }

    /**
     * The day of a {@code DATE} ({@code 20310815}) or of a {@code DATE-TIME} ({@code 20310815T090000}, with
     * {@code Z} for UTC: then the help desk's day at that instant).
     */
    private static LocalDate day(Line line) {
        String value = line.value().strip();
        try {
            if (value.length() == 8 && digits(value, 0, 8)) {
                return date(value);
            }
            boolean declaredDate = "DATE".equalsIgnoreCase(line.parameters().get("VALUE"));
            boolean utc = value.length() == 16 && value.charAt(15) == 'Z';
            if (!declaredDate && (value.length() == 15 || utc) && digits(value, 0, 8) && value.charAt(8) == 'T'
                    && digits(value, 9, 15)) {
                LocalDateTime time = date(value).atTime(Integer.parseInt(value.substring(9, 11)),
                        Integer.parseInt(value.substring(11, 13)), Integer.parseInt(value.substring(13, 15)));
                return utc ? HelpDeskCalendar.dateOf(time.toInstant(ZoneOffset.UTC)) : time.toLocalDate();
            }
        } catch (DateTimeException e) {
            // refused below, as any other value that is no date
        }
        throw new InvalidValueException("value.icsDate", "Line {0} of the file gives {1} as \"{2}\", which is not a"
                + " date such as 20310815 or a time such as 20310815T090000.", String.valueOf(line.number()),
                line.name(), value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }

    private static boolean endsAtMidnight(Line line) {
        String value = line.value().strip();
        return value.length() >= 15 && value.substring(9, 15).equals("000000");
    }

    private static LocalDate date(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                Integer.parseInt(value.substring(6, 8)));
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The days of an all-day event's {@code DURATION}: {@code P3D}, {@code P2W}. */
    private static int days(Line line) {
        String value = line.value().strip().toUpperCase(Locale.ROOT);
        if (value.matches("P[0-9]{1,3}[DW]")) {
            int n = Integer.parseInt(value.substring(1, value.length() - 1));
            int days = value.endsWith("W") ? n * 7 : n;
            if (days >= 1) {
                return days;
            }
        }
        throw new InvalidValueException("value.icsDuration", "Line {0} of the file gives the event''s length as"
                + " \"{1}\": an all-day event lasts whole days, such as P1D or P2W.", String.valueOf(line.number()),
                value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
