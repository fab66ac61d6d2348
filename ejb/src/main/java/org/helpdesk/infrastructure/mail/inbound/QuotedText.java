package org.helpdesk.infrastructure.mail.inbound;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits what a sender wrote from what their mail client quoted below it (the earlier messages, "On … wrote:",
 * "-----Original Message-----") and from their signature (after "-- "). Nothing is deleted: the quoted part is
 * kept, to be shown folded.
 */
final class QuotedText {

    /** The new text and the folded rest (null when there is none). */
    record Split(String text, String folded) {
    }

    private static final List<Pattern> START_OF_HISTORY = List.of(
            Pattern.compile("^On\\b.{0,300}\\bwrote:\\s*$"),
            Pattern.compile("^Il\\b.{0,300}\\bha scritto:\\s*$"),
            Pattern.compile("^-{2,}\\s*(Original Message|Messaggio originale|Forwarded message|Messaggio inoltrato)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{10,}\\s*$"));

    private QuotedText() {
    }

    static Split split(String text) {
        List<String> lines = text.lines().toList();
        int cut = -1;
        for (int i = 0; i < lines.size() && cut < 0; i++) {
            String line = lines.get(i);
            if (line.equals("-- ") || line.equals("--")) {
                cut = i;
            } else if (startsHistory(line) || startsOutlookHeader(lines, i) || quotesToTheEnd(lines, i)) {
                cut = i;
            }
        }
        if (cut <= 0) {
            return new Split(text.strip(), null);
        }
        String fresh = String.join("\n", lines.subList(0, cut)).strip();
        if (fresh.isEmpty()) {
            return new Split(text.strip(), null);
        }
        return new Split(fresh, String.join("\n", lines.subList(cut, lines.size())).strip());
    }

    private static boolean startsHistory(String line) {
        String trimmed = line.strip();
        return START_OF_HISTORY.stream().anyMatch(p -> p.matcher(trimmed).matches());
    }

    /** Outlook's "From: … / Sent: …" (or "Da: … / Inviato: …") block after a blank line. */
    private static boolean startsOutlookHeader(List<String> lines, int i) {
        if (i == 0 || !lines.get(i - 1).isBlank() || i + 1 >= lines.size()) {
            return false;
        }
        String line = lines.get(i).strip();
        String next = lines.get(i + 1).strip();
        return (line.startsWith("From:") && (next.startsWith("Sent:") || next.startsWith("Date:")))
                || (line.startsWith("Da:") && (next.startsWith("Inviato:") || next.startsWith("Data:")));
    }

    /** A line beginning with '>' from which every non-blank line to the end is quoted. */
    private static boolean quotesToTheEnd(List<String> lines, int i) {
        if (!lines.get(i).startsWith(">")) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!line.isBlank() && !line.startsWith(">")) {
                return false;
            }
        }
        return true;
    }
}
