package org.helpdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.helpdesk.reports.statement.StatementCsv;
import org.helpdesk.reports.statement.StatementDocument;
import org.helpdesk.reports.statement.StatementEntry;
import org.helpdesk.reports.statement.StatementHeader;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class StatementTest {

    private static final List<StatementEntry> ENTRIES = SampleData.entries(250);
    private static final long TOTAL = ENTRIES.stream().mapToLong(StatementEntry::minutes).sum();

    static StatementHeader header(Locale language) {
        return new StatementHeader("HS-2026-000042", java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 3, 31), null, "operator", null, SampleData.producedAt(), ZoneOffset.UTC,
                language);
    }

    @Test
    void theCsvListsEveryEntryWithSubtotalsTheTotalAndAChecksumAnyoneCanRecompute() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StatementCsv csv = new StatementCsv(header(Locale.ENGLISH), out)) {
            ENTRIES.forEach(csv::add);
        }
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long sum = 0;
        long ticketSubtotals = 0;
        int entries = 0;
        for (String line : lines) {
            List<String> fields = parse(line);
            switch (fields.get(0)) {
                case StatementCsv.ENTRY -> {
                    sha.update((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                    sum += Long.parseLong(fields.get(8));
                    entries++;
                }
                case StatementCsv.TICKET -> ticketSubtotals += Long.parseLong(fields.get(8));
                case StatementCsv.TOTAL -> {
                    assertEquals(String.valueOf(TOTAL), fields.get(8));
                    assertEquals("250", fields.get(4));
                }
                default -> {
                }
            }
        }
        assertEquals(250, entries);
        assertEquals(TOTAL, sum);
        assertEquals(TOTAL, ticketSubtotals);
        List<String> last = parse(lines.get(lines.size() - 1));
        assertEquals(StatementCsv.CHECKSUM, last.get(0));
        assertEquals(HexFormat.of().formatHex(sha.digest()), last.get(1));
        assertEquals(org.helpdesk.reports.statement.StatementChecksum.of(ENTRIES), last.get(1));
        assertTrue(text.startsWith("\"Hours-spent statement\",\"HS-2026-000042\""), text.substring(0, 80));
        assertTrue(text.contains("\"ENTRY\",\"C0000\",\"Customer 0 S.p.A.\",\"HD-2026-000001\",\"1009\",\"1008\""));
    }

    @Test
    void thePdfIsPdfA1bWithTheTotalToTheMinuteAndTheChecksum() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementDocument.pdf(header(Locale.ITALIAN), ENTRIES, out);
        byte[] pdf = out.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/statement-it.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertTrue(text.contains("Prospetto delle ore impiegate"), text);
            assertTrue(text.contains("250 registrazioni di tempo, totale " + Durations.hm(TOTAL) + " (" + TOTAL
                    + " min)"), text);
            assertTrue(text.contains(org.helpdesk.reports.statement.StatementChecksum.of(ENTRIES)), text);
            assertTrue(text.contains("storno della n. 1008"), text);
            MonthlyReportPdfTest.assertEmbeddedFonts(document);
        }
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList().toString());
        }
    }

    @Test
    void theXlsxOpensInPoiWithTheMinutesAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementDocument.xlsx(header(Locale.ENGLISH), ENTRIES, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            long sum = 0;
            int entries = 0;
            StringBuilder text = new StringBuilder();
            for (Row row : workbook.getSheetAt(0)) {
                List<Cell> cells = new java.util.ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.BLANK && !cell.toString().isBlank()) {
                        cells.add(cell);
                        text.append(cell).append(' ');
                    }
                }
                // entry rows: the entry number first and the minutes last, both numbers
                if (cells.size() >= 6 && cells.get(0).getCellType() == CellType.NUMERIC) {
                    sum += (long) cells.get(cells.size() - 1).getNumericCellValue();
                    entries++;
                }
            }
            assertEquals(250, entries);
            assertEquals(TOTAL, sum);
            assertTrue(text.toString().contains("HS-2026-000042"));
        }
    }

    /** A CSV line of quoted fields. */
    static List<String> parse(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
