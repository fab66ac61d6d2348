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
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts drawn with Java 2D (the JasperReports chart module of 7.0.6 is not on Maven Central), in the
 * DejaVu font the reports embed, at twice the printed size so they stay sharp.
 */
final class Charts {

    private static final int SCALE = 2;
    private static final Color PAST = new Color(0xB8, 0xC2, 0xCF);
    private static final Font FONT = dejaVu();

    private Charts() {
    }

    /**
     * @param values one value per label; null for "no value"
     * @param max the top of the scale, or 0 to take the largest value
     * @param empty the text shown when no value is above zero
     * @param locale the locale of the numbers (decimal comma in Italian, as in the tables)
     * @param bar the colour of the bars
     */
    static BufferedImage bars(String title, List<String> labels, List<? extends Number> values, double max,
            String empty, int width, int height, Locale locale, Color bar) {
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
                g.setColor(bar);
                g.fillRect(x + slot / 4, chartBottom - barHeight, slot / 2, barHeight);
                g.setColor(Color.BLACK);
                String text = value == null ? "-" : format(value, locale);
                g.drawString(text, x + (slot - metrics.stringWidth(text)) / 2, chartBottom - barHeight - 2);
                String label = labels.get(i);
                g.drawString(label, x + (slot - metrics.stringWidth(label)) / 2, chartBottom + 11);
            }
            return image;
        } finally {
            g.dispose();
        }
    }

    /**
     * A small bar chart without text, for a figure's last months: one bar per value (none for null), the last one in
     * the main colour, the others lighter; a thin base line.
     */
    static BufferedImage sparkline(List<? extends Number> values, int width, int height, Color last) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            double top = values.stream().filter(v -> v != null).mapToDouble(v -> Math.abs(v.doubleValue())).max()
                    .orElse(0);
            int n = Math.max(1, values.size());
            double slot = (double) width / n;
            int base = height - 2;
            g.setColor(PAST);
            g.drawLine(0, base, width, base);
            for (int i = 0; i < values.size(); i++) {
                Number value = values.get(i);
                if (value == null || top <= 0) {
                    continue;
                }
                int barHeight = (int) Math.max(1, Math.round((base - 1) * Math.abs(value.doubleValue()) / top));
                g.setColor(i == values.size() - 1 ? last : PAST);
                g.fillRect((int) Math.round(i * slot + slot * 0.2), base - barHeight, (int) Math.round(slot * 0.6),
                        barHeight);
            }
            return image;
        } finally {
            g.dispose();
        }
    }

    /** Counts as integers, scores (doubles) with one decimal, as the tables write them, in the locale's way. */
    private static String format(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = value instanceof Double || value instanceof Float ? 1 : 0;
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(decimals);
        return format.format(value.doubleValue());
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
