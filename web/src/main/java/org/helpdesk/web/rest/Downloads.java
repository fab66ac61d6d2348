package org.helpdesk.web.rest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headers of a file a customer sent (a mail's attachment) when staff download it. The name and the type come from
 * the sender, so neither is trusted: the type is sent only when a browser cannot run it as a page or a script (no
 * HTML, SVG, XML or JavaScript: {@code application/octet-stream} instead), and the name is reduced to what a
 * {@code Content-Disposition} header can carry without breaking it (RFC 6266: a plain ASCII {@code filename} for old
 * clients, the real name percent-encoded in {@code filename*}).
 */
final class Downloads {

    static final String OCTET_STREAM = "application/octet-stream";

    /** Types a browser shows or hands to another program, but never runs as a page of this site. */
    private static final Set<String> SAFE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "image/bmp", "image/tiff", "text/plain", "text/csv", "application/zip", "application/rtf",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "message/rfc822",
            "application/x-7z-compressed", "application/gzip");

    /** Office documents (docx, xlsx, pptx, odt, ods, ...). */
    private static final Pattern SAFE_FAMILIES = Pattern.compile(
            "application/vnd\\.(openxmlformats-officedocument|oasis\\.opendocument)\\.[a-z0-9.+-]+");

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    /** RFC 5987's attr-char: what {@code filename*} may carry without percent-encoding. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private static final int MAX_NAME = 200;

    private Downloads() {
    }

    /**
     * @param declared the type the sender gave, parameters and all ({@code text/plain; charset=utf-8}); may be null
     * @return the bare type when it is safe to send, {@code application/octet-stream} otherwise
     */
    static String contentType(String declared) {
        if (declared == null) {
            return OCTET_STREAM;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TOKEN.matcher(type).matches()) {
            return OCTET_STREAM;
        }
        return SAFE_TYPES.contains(type) || SAFE_FAMILIES.matcher(type).matches() ? type : OCTET_STREAM;
    }

    /**
     * {@code attachment; filename="report_2026.pdf"; filename*=UTF-8''report%202026.pdf}: always a download, never
     * shown in place; quotes, backslashes, line breaks and path separators cannot reach the header.
     */
    static String contentDisposition(String fileName) {
        String name = fileName(fileName);
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The name as the user will see it: no control characters, no folders, not empty, at most 200 characters. */
    static String fileName(String fileName) {
        StringBuilder name = new StringBuilder();
        if (fileName != null) {
            fileName.codePoints().forEach(c -> {
                if (c == '/' || c == '\\' || Character.isISOControl(c) || isFormat(c)) {
                    name.append('_');
                } else {
                    name.appendCodePoint(c);
                }
            });
        }
        String result = name.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isEmpty()) {
            return "attachment";
        }
        return result.codePointCount(0, result.length()) <= MAX_NAME ? result
                : result.substring(0, result.offsetByCodePoints(0, MAX_NAME));
    }

    /** Bidirectional overrides and other invisible formatting characters can disguise an extension. */
    private static boolean isFormat(int c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** The fallback for clients that ignore {@code filename*}: printable ASCII, no quote or backslash. */
    private static String ascii(String name) {
        StringBuilder plain = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            plain.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return plain.toString();
    }

    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", c));
            }
        }
        return out.toString();
    }
}
