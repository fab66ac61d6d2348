package org.helpdesk.reports.monthly;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Bar charts drawn with Java 2D (the JasperReports chart module of 7.0.6 is not on Maven Central) straight into the
 * PDF as vector graphics: sharp at any zoom, no picture to encode for every report, the labels drawn as the outlines of
 * the DejaVu font the reports embed, numbers written the locale's way.
 */
final class Charts {

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
    static Renderable bars(String title, List<String> labels, List<? extends Number> values, double max,
            String empty, int width, int height, Locale locale, Color bar) {
        return new Bars(title, List.copyOf(labels), new ArrayList<>(values), max, empty, width, height, locale, bar);
    }

    /**
     * A small bar chart without text, for a figure's last months: one bar per value (none for null), the last one in
     * the main colour, the others lighter; a thin base line.
     */
    static Renderable sparkline(List<? extends Number> values, int width, int height, Color last) {
        return new Sparkline(new ArrayList<>(values), width, height, last);
    }

    /** A drawing in its own coordinates ({@code width} x {@code height} points), scaled to the element's box. */
    private abstract static class Drawing implements Renderable, Graphics2DRenderable {

        private static final long serialVersionUID = 1L;
        private final String id = UUID.randomUUID().toString();
        final int width;
        final int height;

        Drawing(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D target, Rectangle2D area) {
            Graphics2D g = (Graphics2D) target.create();
            try {
                g.translate(area.getX(), area.getY());
                g.scale(area.getWidth() / width, area.getHeight() / height);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                draw(g);
            } finally {
                g.dispose();
            }
        }

        abstract void draw(Graphics2D g);
    }

    private static final class Bars extends Drawing {

        private static final long serialVersionUID = 1L;
        private final String title;
        private final List<String> labels;
        private final ArrayList<Number> values;
        private final double max;
        private final String empty;
        private final Locale locale;
        private final Color bar;

        Bars(String title, List<String> labels, ArrayList<Number> values, double max, String empty, int width,
                int height, Locale locale, Color bar) {
            super(width, height);
            this.title = title;
            this.labels = labels;
            this.values = values;
            this.max = max;
            this.empty = empty;
            this.locale = locale;
            this.bar = bar;
        }

        @Override
        void draw(Graphics2D g) {
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
                return;
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
        }
    }

    private static final class Sparkline extends Drawing {

        private static final long serialVersionUID = 1L;
        private final ArrayList<Number> values;
        private final Color last;

        Sparkline(ArrayList<Number> values, int width, int height, Color last) {
            super(width, height);
            this.values = values;
            this.last = last;
        }

        @Override
        void draw(Graphics2D g) {
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
        }
    }

    /** Counts as integers, scores (doubles) with one decimal, as the tables write them, in the locale's way. */
    static String format(Number value, Locale locale) {
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
