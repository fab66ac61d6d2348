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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.helpdesk.reports.statement.StatementCsv;
import org.helpdesk.reports.statement.StatementDocument;
import org.helpdesk.reports.statement.StatementEntry;
import org.helpdesk.reports.statement.StatementHeader;
import org.helpdesk.reports.statement.StatementXlsx;
import org.junit.jupiter.api.Test;

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
    void thePdfIsATaggedPdfA1aWithTheTotalToTheMinuteAndTheChecksum() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementDocument.pdf(header(Locale.ITALIAN), ENTRIES, new Branding("Software Sartoria S.p.A.",
                "Via Roma 1, 20121 Milano", null, "#8A1538", null), out);
        byte[] pdf = out.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/statement-it.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertTrue(text.contains("Prospetto delle ore impiegate"), text);
            assertTrue(text.contains("250 registrazioni di tempo, totale " + Durations.hm(TOTAL) + " (" + TOTAL
                    + " min)"), text);
            assertTrue(text.contains(org.helpdesk.reports.statement.StatementChecksum.of(ENTRIES)), text);
            assertTrue(text.contains("storno della n. 1008"), text);
            assertTrue(text.contains("HS-2026-000042 · Software Sartoria S.p.A. · Via Roma 1, 20121 Milano"), text);
            MonthlyReportPdfTest.assertEmbeddedFonts(document);
        }
        PdfA.assertPdfA1a(pdf);
        PdfA.assertTagged(pdf, "it", "H1", "H2", "H3", "Table", "TR", "TH", "TD");
    }

    @Test
    void theXlsxAddsUpInASpreadsheetItsTotalsAreFormulasItsHeaderFrozenAndFiltered() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StatementXlsx xlsx = new StatementXlsx(header(Locale.ITALIAN), new Branding("Software Sartoria S.p.A.",
                null, null, null, null), out)) {
            ENTRIES.forEach(xlsx::add);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("HS-2026-000042", sheet.getSheetName());
            assertEquals("Software Sartoria S.p.A.", sheet.getRow(0).getCell(0).getStringCellValue());
            int header = -1;
            long entryMinutes = 0;
            int entries = 0;
            long ticketSubtotals = 0;
            Row total = null;
            Row footer = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                Cell minutes = row.getCell(9);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals("Cliente")) {
                    header = row.getRowNum();
                } else if (header >= 0 && first != null && minutes != null) {
                    assertEquals(CellType.NUMERIC, minutes.getCellType(), "minutes are numbers: " + row.getRowNum());
                    assertEquals("#,##0", minutes.getCellStyle().getDataFormatString());
                    assertEquals(CellType.NUMERIC, row.getCell(3).getCellType(), "the entry number is a number");
                    assertTrue(DateUtil.isCellDateFormatted(row.getCell(6)), "the work date is a date");
                    entryMinutes += (long) minutes.getNumericCellValue();
                    entries++;
                } else if (minutes != null && minutes.getCellType() == CellType.FORMULA) {
                    String label = row.getCell(8).getStringCellValue();
                    assertTrue(minutes.getCellFormula().startsWith("SUBTOTAL(9,J"), minutes.getCellFormula());
                    if (label.startsWith("Subtotale del ticket")) {
                        ticketSubtotals += (long) minutes.getNumericCellValue();
                    } else if (label.startsWith("250 registrazioni")) {
                        total = row;
                    }
                } else if (row.getPhysicalNumberOfCells() > 0 && row.getRowNum() > header && header >= 0) {
                    footer = row;
                }
            }
            assertEquals(250, entries);
            assertEquals(TOTAL, entryMinutes);
            assertEquals(TOTAL, ticketSubtotals, "the ticket subtotals' stored values");
            assertTrue(total != null, "a grand total row");
            assertEquals(TOTAL, (long) total.getCell(9).getNumericCellValue(), "the stored total");
            assertEquals(TOTAL / 60.0, total.getCell(10).getNumericCellValue(), 1e-9, "the total in hours");
            assertEquals("#,##0.00", total.getCell(10).getCellStyle().getDataFormatString());

            // A spreadsheet recomputing every formula finds the same totals: SUBTOTAL leaves the subtotals out.
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            assertEquals(TOTAL, (long) evaluator.evaluate(total.getCell(9)).getNumberValue());
            assertEquals(TOTAL / 60.0, evaluator.evaluate(total.getCell(10)).getNumberValue(), 1e-9);

            assertTrue(footer != null && footer.getPhysicalNumberOfCells() == 1, "the footer is one cell");
            assertEquals("SHA-256 delle righe di dati: " + org.helpdesk.reports.statement.StatementChecksum.of(ENTRIES),
                    footer.getCell(0).getStringCellValue());
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == header + 1,
                    "the header row stays on screen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "every column has a filter");
            assertEquals("A" + (header + 1), sheet.getCTWorksheet().getAutoFilter().getRef().split(":")[0]);
        }
    }

    @Test
    void noWordOfThePdfIsBrokenAcrossLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementDocument.pdf(header(Locale.ITALIAN), ENTRIES, Branding.defaults(), out);
        java.util.Set<String> words = new java.util.HashSet<>(List.of("·", "-", "min)", "HS-2026-000042",
                header(Locale.ITALIAN).producedAtText()));
        java.util.ResourceBundle labels = Templates.labels(Locale.ITALIAN);
        List<String> texts = new java.util.ArrayList<>(List.of(header(Locale.ITALIAN).parameters(),
                Branding.defaults().line()));
        java.util.Collections.list(labels.getKeys()).forEach(k -> texts.add(labels.getString(k)));
        ENTRIES.forEach(e -> texts.add(e.customerCode() + " - " + e.customerName() + " " + e.ticketNumber() + " "
                + e.staff() + " " + e.activity()));
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                words.add(word.replaceAll("[,;.:]$", "").replaceAll("\\{\\d}", ""));
            }
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            List<String> broken = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (String piece : stripper.getText(document).split("\\s+")) {
                String token = piece.replaceAll("[,;.:]$", "");
                if (!token.isEmpty() && !token.matches("[-+\\d.,:%/()#]+") && !words.contains(token)
                        && !token.matches("[0-9a-f]{64}")) {
                    broken.add(token);
                }
            }
            assertEquals(List.of(), broken, "pieces of words: a word was broken across two lines");
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
