package org.helpdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.helpdesk.reports.monthly.MonthlyReportPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The monthly report as a reader sees it: the first page's story, words never broken across lines, headings kept with
 * their tables, headers on every page of the calls, and page images (written to {@code target/report-pages} to be
 * looked at).
 */
class MonthlyReportLayoutTest {

    /** Numbers, durations, dates, percentages and signs: not words, they may stand alone. */
    private static final Pattern FIGURE = Pattern.compile("[-+\u2212\\d.,:%/()°·]+");

    static byte[] render(MonthlyReport report, Branding branding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReportPdf(ZoneId.of("Europe/Rome"), branding).write(report, out);
        return out.toByteArray();
    }

    static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void theFirstPageTellsHowTheMonthWentAgainstTheMonthBeforeAndTheLastSixMonths(String language) throws IOException {
        boolean italian = language.equals("it");
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.realistic(46, Locale.forLanguageTag(language)),
                Branding.defaults()))) {
            String first = page(pdf, 1).replace("\r", "");

            if (italian) {
                assertTrue(first.contains("Il mese in sintesi"), first);
                assertTrue(first.contains("Indicatore mar 2026 feb 2026 Variazione Ultimi sei mesi"), first);
                assertTrue(first.contains("Chiamate ricevute 46 40 +6"), first);
                assertTrue(first.contains("Chiamate del mese già chiuse 16 36 \u221220"), first);
                assertTrue(first.contains("Milestone raggiunte entro l'obiettivo 83% 78% +5 p.p."), first);
                assertTrue(first.contains("Punteggio medio di gradimento (1-5) 4,2 4,0 +0,2"), first);
                assertTrue(first.contains("Ore impiegate 51:05 41:20 +9:45"), first);
                assertTrue(first.contains("Ticket di programmazione ancora aperti 2 3 \u22121"), first);
                assertTrue(first.contains("Barre: da ott 2025 a mar 2026"), first);
                assertTrue(first.contains("PR-2026-000034"), first);
                assertTrue(first.contains("Pianificato 2026.5, 4 mag 2026"), first);
            } else {
                assertTrue(first.contains("The month at a glance"), first);
                assertTrue(first.contains("Figure Mar 2026 Feb 2026 Change Last six months"), first);
                assertTrue(first.contains("Calls received 46 40 +6"), first);
                assertTrue(first.contains("Calls of the month now closed 16 36 \u221220"), first);
                assertTrue(first.contains("Milestones reached within target 83% 78% +5 pt"), first);
                assertTrue(first.contains("Average satisfaction score (1-5) 4.2 4.0 +0.2"), first);
                assertTrue(first.contains("Hours spent 51:05 41:20 +9:45"), first);
                assertTrue(first.contains("Programming tickets still open 2 3 \u22121"), first);
                assertTrue(first.contains("Bars: Oct 2025 to Mar 2026"), first);
                assertTrue(first.contains("Scheduled 2026.5, 4 May 2026"), first);
            }
            assertFalse(first.contains("HD-2026-"), "the calls start after the first page: " + first);
            writePages(pdf, "monthly-" + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void noWordIsBrokenAcrossLinesInTheTablesOrHeaders(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        MonthlyReport report = SampleData.realistic(46, locale);
        Set<String> words = vocabulary(report, locale);
        try (PDDocument pdf = Loader.loadPDF(render(report, Branding.defaults()))) {
            List<String> broken = new ArrayList<>();
            for (String piece : new PDFTextStripper().getText(pdf).split("\\s+")) {
                String token = piece.replaceAll("[,;.:]$", "");
                if (!token.isEmpty() && !FIGURE.matcher(token).matches() && !words.contains(token)) {
                    broken.add(token);
                }
            }
            assertEquals(List.of(), broken, "pieces of words: a word was broken across two lines");
        }
    }

    @Test
    void aHeadingStaysWithItsTableAndTheCallsRepeatTheirHeadersOnEveryPage() throws IOException {
        ResourceBundle labels = Templates.labels(Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.realistic(150, Locale.ENGLISH),
                Branding.defaults()))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 4, "150 calls fill several pages: " + pages);
            String[][] headingAndHeader = {{"monthly.section.glance", "monthly.glance.figure"},
                {"monthly.section.severity", "monthly.received"}, {"monthly.section.milestones", "monthly.median"},
                {"monthly.section.split", "monthly.resolved"},
                {"monthly.section.programming", "monthly.programming.update"},
                {"monthly.section.satisfaction", "monthly.satisfaction.question"},
                {"monthly.section.hours", "monthly.level"}, {"monthly.section.calls", "monthly.call.subject"}};
            for (int p = 1; p <= pages; p++) {
                String text = page(pdf, p);
                for (String[] pair : headingAndHeader) {
                    if (text.lines().anyMatch(line -> line.strip().equals(labels.getString(pair[0])))) {
                        assertTrue(text.contains(labels.getString(pair[1])), "page " + p + ": the heading "
                                + labels.getString(pair[0]) + " without its table: " + text);
                    }
                }
                if (text.contains("HD-2026-")) {
                    assertTrue(text.contains("Subject") && text.contains("Resolution"),
                            "page " + p + " lists calls without their headers: " + text);
                }
                assertTrue(text.contains("Page " + p + " of " + pages), text);
            }
        }
    }

    @Test
    void theBrandingIsOnEveryPageAndItsColourInThePageImages() throws IOException {
        Branding branding = new Branding("Software Sartoria S.p.A.", "Via Roma 1, 20121 Milano", null, "#8A1538",
                "#F3E6EA");
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.realistic(46, Locale.ITALIAN), branding))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertTrue(page(pdf, p).contains("Software Sartoria S.p.A. · Via Roma 1, 20121 Milano"), page(pdf, p));
            }
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
            assertTrue(countNear(first, new Color(0x8A, 0x15, 0x38)) > 100, "the brand colour is on page one");
            assertEquals(0, countNear(first, new Color(0x1F, 0x3A, 0x5F)), "the default colour is not");
            writePages(pdf, "monthly-branded-it");
        }
    }

    @Test
    void aQuietMonthIsOnePageThatSaysSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(SampleData.monthly(0, Locale.ITALIAN), Branding.defaults()))) {
            writePages(pdf, "monthly-quiet-it");
            assertEquals(1, pdf.getNumberOfPages());
            String text = page(pdf, 1);
            assertTrue(text.contains("Nessuna chiamata ricevuta questo mese."), text);
            assertTrue(text.contains("Chiamate ricevute 0 - -"), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void taggedTheReportIsAPdfA1aForScreenReadersUntaggedAPdfA1bBothWithTheirFontsEmbedded(String language)
            throws Exception {
        MonthlyReport report = SampleData.realistic(46, Locale.forLanguageTag(language));
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new MonthlyReportPdf(ZoneId.of("Europe/Rome"), Branding.defaults(), true).write(report, tagged);
        byte[] pdf = tagged.toByteArray();
        byte[] plain = render(report, Branding.defaults());

        PdfA.assertPdfA1b(plain);
        PdfA.assertPdfA1a(pdf);
        PdfA.assertTagged(pdf, language, "H1", "H2", "Table", "TR", "TH", "TD", "Image");
        List<String> alternates = PdfA.alternateTexts(pdf);
        String calls = language.equals("it") ? "Chiamate per severità: Alta " : "Calls by severity: High ";
        String scores = language.equals("it") ? "Punteggio medio di gradimento (1-5): Alta " : "Average satisfaction score (1-5): High ";
        assertTrue(alternates.stream().anyMatch(t -> t.startsWith(calls)), "the calls chart said in words: " + alternates);
        assertTrue(alternates.stream().anyMatch(t -> t.startsWith(scores)), "the scores chart said in words: " + alternates);
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument untagged = Loader.loadPDF(plain)) {
            MonthlyReportPdfTest.assertEmbeddedFonts(document);
            MonthlyReportPdfTest.assertEmbeddedFonts(untagged);
            assertEquals(new PDFTextStripper().getText(untagged), new PDFTextStripper().getText(document),
                    "the same text either way");
        }
    }

    /** Every word the report may print: its labels, its data, month names and the units of durations. */
    private static Set<String> vocabulary(MonthlyReport report, Locale locale) {
        Set<String> words = new HashSet<>(List.of("d", "h", "min", "\u00b7", "-", "pt", "p.p."));
        ResourceBundle labels = Templates.labels(locale);
        List<String> texts = new ArrayList<>();
        for (String key : Collections.list(labels.getKeys())) {
            texts.add(labels.getString(key).replace("''", "'"));
        }
        texts.add(report.customerCode() + " " + report.customerName() + " " + Branding.defaults().line());
        report.calls().forEach(c -> texts.add(c.number() + " " + c.subject()));
        report.programming().forEach(p -> texts.add(p.number() + " " + p.title() + " " + p.plannedRelease() + " "
                + p.updateVersion()));
        texts.addAll(report.satisfaction().questions());
        for (Month month : Month.values()) {
            texts.add(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
            texts.add(month.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
        }
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                words.add(word.replaceAll("\\{\\d}", ""));
                words.add(word.replaceAll("[,;.:]$", ""));
                words.add(word);
            }
        }
        return words;
    }

    private static int countNear(BufferedImage image, Color color) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue()) < 24) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The PDF and its page images at 50 dpi in {@code target/report-pages}, to look at. */
    static void writePages(PDDocument pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "report-pages"));
        pdf.save(folder.resolve(name + ".pdf").toFile());
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int p = 0; p < pdf.getNumberOfPages(); p++) {
            ImageIO.write(renderer.renderImageWithDPI(p, 50), "png", folder.resolve(name + "-" + (p + 1) + ".png")
                    .toFile());
        }
    }
}
