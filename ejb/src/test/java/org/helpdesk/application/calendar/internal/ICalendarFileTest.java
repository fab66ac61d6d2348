package org.helpdesk.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.time.ClosedDays;
import org.junit.jupiter.api.Test;

/**
 * Closed days read from iCalendar files as calendar programs write them, and every file that is not one refused
 * whole, with the key the screens translate and the line to look at.
 */
class ICalendarFileTest {

    @Test
    void anAllDayEventIsItsDayAndItsEndIsTheDayAfterTheLast() {
        List<ClosedDays> days = days(calendar(
                "BEGIN:VEVENT", "UID:1@example", "DTSTART;VALUE=DATE:20311004", "DTEND;VALUE=DATE:20311005",
                "SUMMARY:Patron saint", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310811", "DTEND;VALUE=DATE:20310823",
                "SUMMARY:Summer closure", "END:VEVENT"));

        assertEquals(List.of(new ClosedDays(LocalDate.of(2031, 10, 4), LocalDate.of(2031, 10, 4), "Patron saint"),
                new ClosedDays(LocalDate.of(2031, 8, 11), LocalDate.of(2031, 8, 22), "Summer closure")), days);
    }

    @Test
    void withoutAnEndAnAllDayEventIsOneDayOrItsDuration() {
        List<ClosedDays> days = days(calendar(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20311004", "SUMMARY:One day", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20311227", "DURATION:P3D", "SUMMARY:Three days", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20310804", "DURATION:P2W", "SUMMARY:Two weeks", "END:VEVENT"));

        assertEquals(LocalDate.of(2031, 10, 4), days.get(0).last());
        assertEquals(LocalDate.of(2031, 12, 29), days.get(1).last());
        assertEquals(LocalDate.of(2031, 8, 17), days.get(2).last());
    }

    @Test
    void anEventWithTimesClosesTheDaysItIsOn() {
        List<ClosedDays> days = days(calendar(
                "BEGIN:VEVENT", "DTSTART;TZID=Europe/Rome:20311004T090000", "DTEND;TZID=Europe/Rome:20311004T130000",
                "SUMMARY:Morning off", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20311102T000000", "DTEND:20311104T000000", "SUMMARY:Two nights",
                "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20311110T140000", "SUMMARY:No end", "END:VEVENT"));

        assertEquals(new ClosedDays(LocalDate.of(2031, 10, 4), LocalDate.of(2031, 10, 4), "Morning off"), days.get(0));
        // An end at midnight does not close the day it begins.
        assertEquals(new ClosedDays(LocalDate.of(2031, 11, 2), LocalDate.of(2031, 11, 3), "Two nights"), days.get(1));
        assertEquals(new ClosedDays(LocalDate.of(2031, 11, 10), LocalDate.of(2031, 11, 10), "No end"), days.get(2));
    }

    @Test
    void aUtcTimeIsOnTheHelpDesksDay() {
        // 23:30 UTC on the 3rd of October is 01:30 on the 4th in Rome.
        List<ClosedDays> days = days(calendar("BEGIN:VEVENT", "DTSTART:20311003T233000Z", "SUMMARY:Late",
                "END:VEVENT"));

        assertEquals(LocalDate.of(2031, 10, 4), days.get(0).first());
    }

    @Test
    void foldedLinesEscapesCrLfAndAByteOrderMarkAreRead() {
        String file = "\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2031\r\n 1208\r\n"
                + "SUMMARY:Chiusura\\, ponte\\; \r\n\tdell'Immacolata\\nfine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        List<ClosedDays> days = days(file);

        assertEquals(List.of(new ClosedDays(LocalDate.of(2031, 12, 8), LocalDate.of(2031, 12, 8),
                "Chiusura, ponte; dell'Immacolata fine")), days);
    }

    @Test
    void partsItDoesNotNeedAreSkippedAndNothingTheyNameIsFetched() {
        List<ClosedDays> days = days(calendar(
                "BEGIN:VTIMEZONE", "TZID:Europe/Rome", "BEGIN:STANDARD", "DTSTART:19701025T030000",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815", "SUMMARY;LANGUAGE=it:Ferragosto",
                "ATTACH:http://169.254.169.254/latest/meta-data/", "URL:file:///etc/passwd",
                "DESCRIPTION;ALTREP=\"cid:part1;x\":text", "BEGIN:VALARM", "TRIGGER:-PT15M",
                "DTSTART:20990101T000000", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT",
                "BEGIN:VTODO", "DTSTART:20310101", "SUMMARY:Not an event", "END:VTODO"));

        assertEquals(List.of(new ClosedDays(LocalDate.of(2031, 8, 15), LocalDate.of(2031, 8, 15), "Ferragosto")),
                days);
    }

    @Test
    void aCancelledEventClosesNothing() {
        List<ClosedDays> days = days(calendar(
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815", "SUMMARY:Cancelled", "STATUS:CANCELLED", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310816", "SUMMARY:Kept", "STATUS:CONFIRMED", "END:VEVENT"));

        assertEquals(List.of("Kept"), days.stream().map(ClosedDays::name).toList());
    }

    @Test
    void aLongNameIsCutTo200Characters() {
        List<ClosedDays> days = days(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "SUMMARY:" + "x".repeat(500), "END:VEVENT"));

        assertEquals(200, days.get(0).name().length());
    }

    @Test
    void theLineOfEachEventIsKept() {
        List<ICalendarFile.Event> events = ICalendarFile.read(bytes(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20310815", "SUMMARY:A", "END:VEVENT")));

        assertEquals(2, events.get(0).line());
    }

    // ------------------------------------------------------------------ refused

    @Test
    void nothingIsNotACalendar() {
        assertRefused("value.icsEmpty", new byte[0]);
        assertRefused("value.icsNotCalendar", bytes("\n\n"));
        assertRefused("value.icsNotCalendar", bytes("<html><body>BEGIN:VCALENDAR</body></html>"));
        assertRefused("value.icsNotCalendar", bytes("BEGIN:VCARD\nFN:Mario\nEND:VCARD\n"));
    }

    @Test
    void aFileOver1MbIsRefusedBeforeItIsRead() {
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'A');

        assertRefused("value.icsTooLarge", large);
    }

    @Test
    void binaryDataAndControlCharactersAreRefused() {
        assertRefused("value.icsNotText", new byte[] {'B', 'E', (byte) 0xC3, (byte) 0x28, '\n'});
        assertRefused("value.icsNotText", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        assertRefused("value.icsControl", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "SUMMARY:Nul\u0000here", "END:VEVENT")));
        // A lone carriage return is no line break of an iCalendar file.
        assertRefused("value.icsControl", bytes("BEGIN:VCALENDAR\rEND:VCALENDAR\r"));
    }

    @Test
    void moreThan500EventsAreRefused() {
        StringBuilder file = new StringBuilder("BEGIN:VCALENDAR\n");
        for (int i = 0; i < 501; i++) {
            file.append("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20310815\nSUMMARY:E").append(i).append("\nEND:VEVENT\n");
        }
        file.append("END:VCALENDAR\n");

        InvalidValueException refused = assertRefused("value.icsTooManyEvents", bytes(file.toString()));
        assertEquals("The file has more than 500 events: import it in parts.", refused.getMessage());
    }

    @Test
    void partsThatDoNotCloseOrCloseWhatIsNotOpenAreRefused() {
        assertRefused("value.icsUnclosed", bytes("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20310815\nSUMMARY:A\n"));
        InvalidValueException wrongEnd = assertRefused("value.icsUnopened", bytes(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20310815", "SUMMARY:A", "END:VTODO")));
        assertEquals("Line 5 of the file ends VTODO, which is not the part open there.", wrongEnd.getMessage());
        assertRefused("value.icsAfterEnd", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "SUMMARY:A", "END:VEVENT") + "BEGIN:VCALENDAR\n"));
    }

    @Test
    void deepNestingIsRefused() {
        StringBuilder file = new StringBuilder("BEGIN:VCALENDAR\n");
        for (int i = 0; i < 100; i++) {
            file.append("BEGIN:X").append(i).append('\n');
        }

        assertRefused("value.icsTooDeep", bytes(file.toString()));
    }

    @Test
    void aHugeLineIsRefused() {
        StringBuilder folded = new StringBuilder("SUMMARY:");
        for (int i = 0; i < 2000; i++) {
            folded.append("0123456789\n ");
        }

        assertRefused("value.icsLineTooLong", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                folded + "end", "END:VEVENT")));
    }

    @Test
    void linesThatAreNoContentLinesAreRefused() {
        assertRefused("value.icsSyntax", bytes("BEGIN:VCALENDAR\n\n continued\nEND:VCALENDAR\n"));
        assertRefused("value.icsSyntax", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "SUMMARY A", "END:VEVENT")));
        assertRefused("value.icsSyntax", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=\"DATE:20310815",
                "SUMMARY:A", "END:VEVENT")));
        assertRefused("value.icsSyntax", bytes(calendar("BEGIN:VEVENT", "DTSTART;=DATE:20310815", "SUMMARY:A",
                "END:VEVENT")));
        assertRefused("value.icsSyntax", bytes(calendar("BEGIN:VEVENT", "DTST@RT:20310815", "SUMMARY:A",
                "END:VEVENT")));
    }

    @Test
    void anEventNeedsAStartAndAName() {
        InvalidValueException noStart = assertRefused("value.icsNoStart", bytes(calendar("BEGIN:VEVENT",
                "SUMMARY:A", "END:VEVENT")));
        assertEquals("The event at line 2 of the file has no start (DTSTART).", noStart.getMessage());
        assertRefused("value.icsNoSummary", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "END:VEVENT")));
        assertRefused("value.icsNoSummary", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "SUMMARY: \\n ", "END:VEVENT")));
        assertRefused("value.icsTwice", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "DTSTART;VALUE=DATE:20310816", "SUMMARY:A", "END:VEVENT")));
    }

    @Test
    void aFileWithoutEventsIsRefused() {
        assertRefused("value.icsNoEvents", bytes(calendar("BEGIN:VTODO", "SUMMARY:A", "END:VTODO")));
    }

    @Test
    void aRepeatingEventIsRefusedRatherThanImportedOnce() {
        InvalidValueException refused = assertRefused("value.icsRepeats", bytes(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20311004", "RRULE:FREQ=YEARLY", "SUMMARY:Patron saint", "END:VEVENT")));
        assertEquals("The event at line 2 of the file repeats (RRULE or RDATE): repeating events are not imported."
                + " Give each closed day its own event.", refused.getMessage());
    }

    @Test
    void datesThatAreNoneAreRefusedNamingTheLine() {
        InvalidValueException refused = assertRefused("value.icsDate", bytes(calendar("BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20310230", "SUMMARY:A", "END:VEVENT")));
        assertEquals("Line 3 of the file gives DTSTART as \"20310230\", which is not a date such as 20310815 or a"
                + " time such as 20310815T090000.", refused.getMessage());
        assertRefused("value.icsDate", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815T090000",
                "SUMMARY:A", "END:VEVENT")));
        assertRefused("value.icsDate", bytes(calendar("BEGIN:VEVENT", "DTSTART:2031-08-15", "SUMMARY:A",
                "END:VEVENT")));
        assertRefused("value.icsDate", bytes(calendar("BEGIN:VEVENT", "DTSTART:20310815T256000", "SUMMARY:A",
                "END:VEVENT")));
        assertRefused("value.icsDate", bytes(calendar("BEGIN:VEVENT", "DTSTART:+0310815", "SUMMARY:A",
                "END:VEVENT")));
        assertRefused("value.icsDuration", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "DURATION:PT8H", "SUMMARY:A", "END:VEVENT")));
        assertRefused("value.icsMixed", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "DTEND:20310816T090000", "SUMMARY:A", "END:VEVENT")));
    }

    @Test
    void anEventEndingBeforeItStartsOrLongerThanAYearIsRefused() {
        assertRefused("value.icsEndsBeforeStart", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310815",
                "DTEND;VALUE=DATE:20310801", "SUMMARY:A", "END:VEVENT")));
        assertRefused("value.icsTooLong", bytes(calendar("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20310101",
                "DTEND;VALUE=DATE:20330101", "SUMMARY:A", "END:VEVENT")));
    }

    @Test
    void textTurnsItsEscapesIntoCharacters() {
        assertEquals("a,b;c\\d\ne\nf", ICalendarFile.unescape("a\\,b\\;c\\\\d\\ne\\Nf"));
        assertEquals("trailing\\", ICalendarFile.unescape("trailing\\"));
    }

    // ------------------------------------------------------------------ helpers

    private static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\n" + String.join("\n", lines) + "\nEND:VCALENDAR\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<ClosedDays> days(String file) {
        return ICalendarFile.read(bytes(file)).stream().map(ICalendarFile.Event::days).toList();
    }

    private static InvalidValueException assertRefused(String key, byte[] file) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ICalendarFile.read(file));
        assertEquals(key, refused.messageKey(), refused.getMessage());
        return refused;
    }
}
