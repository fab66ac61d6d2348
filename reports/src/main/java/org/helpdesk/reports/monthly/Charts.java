package org.helpdesk.reports.monthly;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Bar charts drawn with Java 2D (the JasperReports chart module of 7.0.6 is not on Maven Central), in the
 * DejaVu font the reports embed, at twice the printed size so they stay sharp.
 */
final class Charts {

    private static final int SCALE = 2;
    private static final Color BAR = new Color(0x1F, 0x3A, 0x5F);
    private static final Font FONT = dejaVu();

    private Charts() {
    }

    /**
     * @param values one value per label; null for "no value"
     * @param max the top of the scale, or 0 to take the largest value
     * @param empty the text shown when no value is above zero
     */
    static BufferedImage bars(String title, List<String> labels, List<? extends Number> values, double max,
            String empty, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(FONT.deriveFont(Font.BOLD, 9f));
            g.drawString(title, 4, 12);
            g.setFont(FONT.deriveFont(8f));
            FontMetrics metrics = g.getFontMetrics();
            double top = max > 0 ? max : values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue)
                    .max().orElse(0);
            int chartTop = 22;
            int chartBottom = height - 16;
            g.setColor(Color.GRAY);
            g.drawLine(4, chartBottom, width - 4, chartBottom);
            if (labels.isEmpty() || top <= 0) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(empty, (width - metrics.stringWidth(empty)) / 2, (chartTop + chartBottom) / 2);
                return image;
            }
            int slot = (width - 8) / labels.size();
            for (int i = 0; i < labels.size(); i++) {
                int x = 4 + i * slot;
                Number value = values.get(i);
                double v = value == null ? 0 : value.doubleValue();
                int barHeight = (int) Math.round((chartBottom - chartTop - 12) * v / top);
                g.setColor(BAR);
                g.fillRect(x + slot / 4, chartBottom - barHeight, slot / 2, barHeight);
                g.setColor(Color.BLACK);
                String text = value == null ? "-" : format(value);
                g.drawString(text, x + (slot - metrics.stringWidth(text)) / 2, chartBottom - barHeight - 2);
                String label = labels.get(i);
                g.drawString(label, x + (slot - metrics.stringWidth(label)) / 2, chartBottom + 11);
            }
            return image;
        } finally {
            g.dispose();
        }
    }

    private static String format(Number value) {
        double v = value.doubleValue();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }

    private static Font dejaVu() {
        try (InputStream in = Charts.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // fall back to the JDK's logical font below
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    }
}
