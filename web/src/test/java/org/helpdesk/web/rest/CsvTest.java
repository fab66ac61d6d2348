package org.helpdesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exports as a spreadsheet opens them: every field quoted, CRLF line ends, no formula run from a cell. */
class CsvTest {

    @Test
    void aLineQuotesEveryFieldAndEndsWithCrLf() {
        assertEquals("\"HD-2026-000123\",\"ACME\",\"42\",\"2026-03-01\"\r\n",
                Csv.line(List.of("HD-2026-000123", "ACME", 42, LocalDate.of(2026, 3, 1))));
    }

    @Test
    void aMissingValueIsAnEmptyQuotedField() {
        assertEquals("\"a\",\"\",\"c\"\r\n", Csv.line(Arrays.asList("a", null, "c")));
        assertEquals("\"\"", Csv.field(""));
    }

    @Test
    void quotesCommasAndLineBreaksInsideAFieldStayInsideIt() {
        assertEquals("\"He said \"\"it prints blank\"\", then, twice\"",
                Csv.field("He said \"it prints blank\", then, twice"));
        assertEquals("\"first line\r\nsecond line\"", Csv.field("first line\r\nsecond line"));
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", Csv.field("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("\"'+39 02 1234\"", Csv.field("+39 02 1234"));
        assertEquals("\"'-5\"", Csv.field(-5));
        assertEquals("\"'@SUM(A1:A9)\"", Csv.field("@SUM(A1:A9)"));
        assertEquals("\"'\tcmd\"", Csv.field("\tcmd"));
        assertEquals("\"'\rcmd\"", Csv.field("\rcmd"));
    }

    @Test
    void aFormulaCharacterAfterTheFirstIsLeftAlone() {
        assertEquals("\"a=b\"", Csv.field("a=b"));
        assertEquals("\"Rossi - Bianchi\"", Csv.field("Rossi - Bianchi"));
    }

    @Test
    void theFileStartsWithTheUtf8ByteOrderMark() {
        assertArrayEquals("\uFEFF".getBytes(StandardCharsets.UTF_8), Csv.BOM);
    }
}
