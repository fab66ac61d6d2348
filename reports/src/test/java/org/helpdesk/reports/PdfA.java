package org.helpdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks of the archival PDFs: veraPDF's validation of PDF/A-1a, and the tags a screen reader follows. */
final class PdfA {

    private PdfA() {
    }

    /** Fails with veraPDF's first failed rules unless the PDF is PDF/A-1a. */
    static void assertPdfA1a(byte[] pdf) throws Exception {
        assertPdfA(pdf, PDFAFlavour.PDFA_1_A);
    }

    /** Fails with veraPDF's first failed rules unless the PDF is PDF/A-1b. */
    static void assertPdfA1b(byte[] pdf) throws Exception {
        assertPdfA(pdf, PDFAFlavour.PDFA_1_B);
    }

    private static void assertPdfA(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertEquals(flavour, result.getPDFAFlavour());
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList().toString());
        }
    }

    /**
     * Fails unless the PDF is tagged (marked, with a structure tree) in the given language, its tree holding these
     * structure types (such as {@code H1}, {@code Table}, {@code TH}).
     */
    static void assertTagged(byte[] pdf, String language, String... types) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked as tagged");
            assertTrue(catalog.getStructureTreeRoot() != null, "a structure tree");
            assertEquals(language, catalog.getLanguage());
            java.util.Set<String> found = new java.util.HashSet<>();
            collect(catalog.getStructureTreeRoot().getKids(), found);
            for (String type : types) {
                assertTrue(found.contains(type), type + " in the structure tree " + found);
            }
        }
    }

    /** @return the alternate texts of the structure tree's elements (what a screen reader says for a figure) */
    static java.util.List<String> alternateTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            alternates(document.getDocumentCatalog().getStructureTreeRoot().getKids(), texts);
            return texts;
        }
    }

    private static void alternates(java.util.List<Object> kids, java.util.List<String> texts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) {
                    texts.add(e.getAlternateDescription());
                }
                alternates(e.getKids(), texts);
            }
        }
    }

    private static void collect(java.util.List<Object> kids, java.util.Set<String> found) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                found.add(e.getStructureType());
                collect(e.getKids(), found);
            }
        }
    }
}
