package org.helpdesk.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Who issues the reports, statements and mails: the help desk's company name, address, logo and colours. Read from
 * the system properties of the server ({@code helpdesk.brand.*}); what is not set, or not valid, keeps its neutral
 * default, with one line in the log saying why (once). A logo file is read once: a new logo needs a new path or a
 * restart.
 *
 * @param name the company name, on every page and in the mails' signature
 * @param address one line (street, town, phone...), or empty
 * @param logo the logo shown in the reports' page header instead of the name, or null
 * @param color the main colour (headings, rules, chart bars), {@code #RRGGBB}
 * @param tint the light colour of table headers, {@code #RRGGBB}
 */
public record Branding(String name, String address, BufferedImage logo, String color, String tint) {

    public static final String NAME = "helpdesk.brand.name";
    public static final String ADDRESS = "helpdesk.brand.address";
    public static final String LOGO = "helpdesk.brand.logo";
    public static final String COLOR = "helpdesk.brand.color";
    public static final String TINT = "helpdesk.brand.tint";

    static final String DEFAULT_NAME = "Help Desk";
    static final String DEFAULT_COLOR = "#1F3A5F";
    static final String DEFAULT_TINT = "#E3E7ED";

    private static final Logger LOG = Logger.getLogger(Branding.class.getName());
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Branding {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        address = address == null ? "" : address.strip();
        color = valid(color, DEFAULT_COLOR, COLOR);
        tint = valid(tint, DEFAULT_TINT, TINT);
    }

    /** The neutral defaults: "Help Desk", no address, no logo, dark blue on light grey. */
    public static Branding defaults() {
        return new Branding(null, null, null, null, null);
    }

    /** @return the branding the server's system properties give (read each time: cheap, and tests may change it) */
    public static Branding current() {
        return from(System.getProperties());
    }

    /** @return the branding these properties give; a logo that cannot be read is left out, with a warning */
    public static Branding from(Properties properties) {
        return new Branding(properties.getProperty(NAME), properties.getProperty(ADDRESS),
                logo(properties.getProperty(LOGO)), properties.getProperty(COLOR), properties.getProperty(TINT));
    }

    /** @return the main colour as an AWT colour */
    public java.awt.Color awtColor() {
        return java.awt.Color.decode(color);
    }

    /** @return the name and, when set, the address, on one line */
    public String line() {
        return address.isEmpty() ? name : name + " \u00b7 " + address;
    }

    /**
     * @return the mail's text with the help desk's name and address under it, after the usual {@code "-- "} line;
     *         as it is when neither is configured (the templates sign as "The Help Desk" already)
     */
    public String signed(String body) {
        if (name.equals(DEFAULT_NAME) && address.isEmpty()) {
            return body;
        }
        return body + (body.endsWith("\n") ? "" : "\n") + "-- \n" + name + (address.isEmpty() ? "" : "\n" + address)
                + "\n";
    }

    private static String valid(String value, String fallback, String property) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!HEX.matcher(value.strip()).matches()) {
            warnOnce(property + "=" + value + " is not a colour such as #1F3A5F: " + fallback + " is used.");
            return fallback;
        }
        return value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The logos read, by path: empty for a file that could not be read (read once, warned about once). */
    private static final java.util.Map<String, java.util.Optional<BufferedImage>> LOGOS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Each mistake in the configuration once in the log, not once per report or mail. */
    private static void warnOnce(String message) {
        if (WARNED.add(message)) {
            LOG.warning(message);
        }
    }

    /** A PNG or JPEG file, read once per path and kept (its pixels are never changed). */
    private static BufferedImage logo(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        return LOGOS.computeIfAbsent(path, p -> java.util.Optional.ofNullable(read(p))).orElse(null);
    }

    private static BufferedImage read(String path) {
        try (InputStream in = Files.newInputStream(Path.of(path.strip()))) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                warnOnce(LOGO + "=" + path + " is not a PNG or JPEG image: the reports show the name instead.");
                return null;
            }
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = opaque.createGraphics();
            try {
                // PDF/A allows no transparency: the logo is laid on white once.
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            return opaque;
        } catch (IOException | RuntimeException e) {
            warnOnce(LOGO + "=" + path + " cannot be read (" + e.getMessage() + "): the reports show the name instead.");
            return null;
        }
    }
}
