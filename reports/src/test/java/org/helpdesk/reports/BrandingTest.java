package org.helpdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.helpdesk.reports.monthly.MonthlyReportPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help desk's branding as the server's system properties give it. */
class BrandingTest {

    @Test
    void nothingConfiguredGivesTheNeutralDefaults() {
        Branding branding = Branding.from(new Properties());

        assertEquals("Help Desk", branding.name());
        assertEquals("", branding.address());
        assertNull(branding.logo());
        assertEquals("#1F3A5F", branding.color());
        assertEquals("#E3E7ED", branding.tint());
        assertEquals("Kind regards\n", branding.signed("Kind regards\n"), "no signature to add");
    }

    @Test
    void aColourThatIsNotOneAndALogoThatCannotBeReadKeepTheirDefaults(@TempDir Path folder) throws Exception {
        Path notAnImage = Files.writeString(folder.resolve("logo.png"), "not a picture");
        Properties properties = new Properties();
        properties.setProperty(Branding.NAME, "  Software Sartoria S.p.A. ");
        properties.setProperty(Branding.COLOR, "red");
        properties.setProperty(Branding.TINT, "#f3e6ea");
        properties.setProperty(Branding.LOGO, notAnImage.toString());

        Branding branding = Branding.from(properties);

        assertEquals("Software Sartoria S.p.A.", branding.name());
        assertEquals("#1F3A5F", branding.color());
        assertEquals("#F3E6EA", branding.tint());
        assertNull(branding.logo());
        properties.setProperty(Branding.LOGO, folder.resolve("missing.png").toString());
        assertNull(Branding.from(properties).logo());
    }

    @Test
    void aTransparentLogoIsLaidOnWhiteAndTheReportWithItStaysPdfA(@TempDir Path folder) throws Exception {
        BufferedImage png = new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = png.createGraphics();
        g.setColor(new Color(0x8A, 0x15, 0x38));
        g.fillOval(0, 0, 60, 60);
        g.dispose();
        Path file = folder.resolve("sartoria.png");
        ImageIO.write(png, "png", file.toFile());
        Properties properties = new Properties();
        properties.setProperty(Branding.NAME, "Software Sartoria S.p.A.");
        properties.setProperty(Branding.LOGO, file.toString());

        Branding branding = Branding.from(properties);

        assertNotNull(branding.logo());
        assertEquals(Color.WHITE.getRGB(), branding.logo().getRGB(199, 59), "the transparent corner is white");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReportPdf(ZoneId.of("Europe/Rome"), branding).write(SampleData.realistic(8, Locale.ENGLISH), out);
        PdfA.assertPdfA1b(out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var resources = pdf.getPage(1).getResources();
            boolean logo = false;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == 200
                        && image.getHeight() == 60) {
                    logo = true;
                }
            }
            assertTrue(logo, "the logo is in the page header of page 2 too");
        }
    }
}
