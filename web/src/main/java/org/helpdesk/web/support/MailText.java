package org.helpdesk.web.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer's mail as the screens show it. Its text is never HTML to the screens: the pages print what this class
 * returns as escaped text in an element that keeps line breaks ({@code .mail-text}, CSS {@code white-space:
 * pre-wrap}), so a mail can neither inject markup nor lose its layout. What this class removes is what would mislead
 * the reader instead: control characters, the bidirectional overrides that make {@code invoice_fdp.exe} read as
 * {@code invoice_exe.pdf}, and runs of empty lines.
 */
public final class MailText {

    /** Sender as a mail names it: {@code "Rossi, Mario" <mario@rossi.it>}, {@code Mario <m@r.it>} or an address. */
    private static final Pattern NAMED = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*$");
    private static final Pattern BARE = Pattern.compile("^\\s*<?([^<>\\s]+@[^<>\\s]+?)>?\\s*$");

    private MailText() {
    }

    /** Who sent a mail: a name (null when the mail gives none) and an address (null when none can be read). */
    public record Sender(String name, String address) implements java.io.Serializable {
    }

    /**
     * @param text a mail's text (or a reply's, or a note's) as stored
     * @return the same text with line breaks as {@code \n}, without control characters (tabs kept) or
     *         bidirectional overrides, at most one empty line in a row, no empty lines before or after; "" for null
     */
    public static String display(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || isOverride(c)))
                .forEach(out::appendCodePoint);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n")
                .replaceAll("^\\n+", "").stripTrailing();
    }

    /** The sender as the timeline's author names them ({@code Mario Rossi <mario@rossi.it>}). */
    public static Sender sender(String author) {
        if (author == null || author.isBlank()) {
            return new Sender(null, null);
        }
        Matcher named = NAMED.matcher(author);
        if (named.matches()) {
            String name = named.group(1).strip();
            return new Sender(name.isEmpty() ? null : name, named.group(2).toLowerCase(Locale.ROOT));
        }
        Matcher bare = BARE.matcher(author);
        if (bare.matches()) {
            return new Sender(null, bare.group(1).toLowerCase(Locale.ROOT));
        }
        return new Sender(author.strip(), null);
    }

    /** U+202A-U+202E (embeddings, overrides) and U+2066-U+2069 (isolates). */
    private static boolean isOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
