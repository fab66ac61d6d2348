package org.helpdesk.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfVersionEnum;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * How the reports and statements are exported as PDF: PDF/A-1a (archival, every font embedded, the sRGB output
 * intent, and level A: tagged for screen readers, with headings, tables with their header cells, figures and the
 * document's language), as JasperReports' PDF exporter does it; or PDF/A-1b, the same without the tags, where their
 * cost counts (a tagged monthly report of 100 calls takes about a third longer to export and four times the bytes:
 * JasperReports tags every cell as an object of its own). Not PDF/A-2: the PDF library of JasperReports 7.0.6
 * writes for each embedded font subset a CIDSet that lists only the characters used, which PDF/A-2 forbids
 * (ISO 19005-2, 6.2.11.4.2, as veraPDF reports it) and PDF/A-1 requires.
 */
public final class Archival {

    private static final Path ICC_PROFILE = srgbProfile();

    private Archival() {
    }

    /**
     * @param tagged PDF/A-1a, tagged for screen readers; else PDF/A-1b
     * @return the exporter configuration of a PDF/A document with this title, author and language
     */
    public static SimplePdfExporterConfiguration pdfA(String title, String author, Locale language, boolean tagged) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfVersion(PdfVersionEnum.VERSION_1_4);
        configuration.setPdfaConformance(tagged ? PdfaConformanceEnum.PDFA_1A : PdfaConformanceEnum.PDFA_1B);
        configuration.setIccProfilePath(ICC_PROFILE.toString());
        configuration.setEmbedIccProfile(true);
        configuration.setTagged(tagged);
        configuration.setTagLanguage(Templates.supported(language).getLanguage());
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator(author);
        return configuration;
    }

    /** The JDK's sRGB profile, written once to a file: the PDF/A exporter takes the output intent from a path. */
    private static Path srgbProfile() {
        try {
            Path file = Files.createTempFile("helpdesk-srgb", ".icc");
            file.toFile().deleteOnExit();
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
