package org.helpdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;
import org.junit.jupiter.api.Test;

class MonthlyReportPdfTest {

    static byte[] render(MonthlyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReportPdf(ZoneOffset.UTC).write(report, out);
        try { java.nio.file.Files.write(java.nio.file.Path.of("target/monthly-" + report.calls().size() + "-" + report.language() + ".pdf"), out.toByteArray()); } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
        return out.toByteArray();
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void anEnglishCustomerGetsEnglishLabelsTheSeveritySummaryAndEveryCall() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.monthly(40, Locale.ENGLISH)))) {
            String text = text(pdf);

            assertTrue(text.contains("Monthly call report"), text);
            assertTrue(text.contains("ROSSI - Rossi Arredamenti S.r.l."), text);
            assertTrue(text.contains("Period: March 2026"), text);
            // 40 calls, severity i % 4: ten of each; half closed.
            assertTrue(text.contains("High 10 5 5 0 10 0"), text);
            assertTrue(text.contains("Total 40 20 20 0 40 0"), text);
            assertTrue(text.contains("HD-2026-000040"), text);
            assertTrue(text.contains("No questionnaires yet"), text);
            assertTrue(text.contains("Help desk 12:05"), text);
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), text);
            assertEmbeddedFonts(pdf);
        }
    }

    @Test
    void anItalianCustomerGetsItalianLabels() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.monthly(8, Locale.ITALIAN)))) {
            String text = text(pdf);

            assertTrue(text.contains("Report mensile delle chiamate"), text);
            assertTrue(text.contains("Periodo: marzo 2026"), text);
            assertTrue(text.contains("Chiamate suddivise per severità"), text);
            assertTrue(text.contains("Alta 2 1 1"), text);
            assertTrue(text.contains("Secondaria"), text);
            assertTrue(text.contains("Teleassistenza"), text);
            assertTrue(text.contains("Nessun questionario finora"), text);
            assertTrue(text.contains("Pagina 1 di"), text);
            assertFalse(text.contains("Monthly call report"), text);
        }
    }

    @Test
    void answeredQuestionnairesShowTheirCountsAndAverageScores() throws IOException {
        MonthlyReport sample = SampleData.monthly(8, Locale.ENGLISH);
        MonthlyReport.Satisfaction satisfaction = new MonthlyReport.Satisfaction(3, 2,
                java.util.List.of("Speed of taking charge", "Competence", "Communication", "Quality of the solution",
                        "Overall rating"),
                java.util.Map.of("HIGH", java.util.List.of(4.5, 5.0, 4.0, 3.5, 4.5),
                        "ALL", java.util.List.of(4.5, 5.0, 4.0, 3.5, 4.5)),
                java.util.Map.of("HIGH", 4.3, "ALL", 4.3));
        MonthlyReport report = new MonthlyReport(sample.customerCode(), sample.customerName(), sample.language(),
                sample.month(), sample.issuedOn(), sample.severities(), sample.milestones(), sample.programming(),
                satisfaction, sample.helpDeskMinutes(), sample.programmingMinutes(), sample.calls());

        try (PDDocument pdf = Loader.loadPDF(render(report))) {
            String text = text(pdf);

            assertTrue(text.contains("Questionnaires sent: 3; answered: 2."), text);
            assertTrue(text.contains("Quality of the solution 3.5 - - - 3.5"), text);
            assertTrue(text.contains("Overall 4.3 - - - 4.3"), text);
            assertFalse(text.contains("No questionnaires yet"), text);
        }
    }

    @Test
    void theMilestoneTimesSayHowTheyCountAndTheResolutionIsSplitByLevel() throws IOException {
        for (Locale language : java.util.List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            MonthlyReport sample = SampleData.monthly(8, language);
            MonthlyReport report = new MonthlyReport(sample.customerCode(), sample.customerName(), sample.language(),
                    sample.month(), sample.issuedOn(), sample.severities(), sample.milestones(), sample.programming(),
                    sample.satisfaction(), sample.helpDeskMinutes(), sample.programmingMinutes(), sample.calls(),
                    java.util.Map.of("HIGH", "ROUND_THE_CLOCK", "AVERAGE", "BUSINESS_HOURS", "LOW", "BUSINESS_HOURS",
                            "SECONDARY", "BUSINESS_HOURS"),
                    java.util.List.of(new MonthlyReport.SplitLine("AVERAGE", 2, 120, 360)));

            try (PDDocument pdf = Loader.loadPDF(render(report))) {
                String text = text(pdf).replaceAll("\\s+", " ");

                if (language == Locale.ENGLISH) {
                    assertTrue(text.contains("Times of Average, Low, Secondary count business hours (the help desk's"
                            + " working days and hours, without holidays and closures)."), text);
                    assertTrue(text.contains("Times of High count round the clock."), text);
                    assertTrue(text.contains("Resolution time by level: help desk and programming"), text);
                    assertTrue(text.contains("Average 2 2:00 6:00 75%"), text);
                } else {
                    assertTrue(text.contains("I tempi delle severità Media, Bassa, Secondaria contano l'orario di"
                            + " lavoro"), text);
                    assertTrue(text.contains("Tempo di risoluzione per livello: help desk e programmazione"), text);
                }
            }
        }
    }

    @Test
    void aReportWithoutClockModesSaysItsTimesAreElapsedTime() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.monthly(8, Locale.ENGLISH)))) {
            String text = text(pdf);

            assertTrue(text.contains("Times are elapsed time from the opening."), text);
            assertFalse(text.contains("Resolution time by level"), text);
        }
    }

    @Test
    void aMonthWithoutCallsGivesOnePageThatSaysSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.monthly(0, Locale.ENGLISH)))) {
            String text = text(pdf);

            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text.contains("No calls were received this month."), text);
            assertTrue(text.contains("Total 0 0 0"), text);
        }
    }

    static void assertEmbeddedFonts(PDDocument pdf) throws IOException {
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
        }
    }
}
