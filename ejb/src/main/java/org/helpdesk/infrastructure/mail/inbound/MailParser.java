package org.helpdesk.infrastructure.mail.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.domain.mail.ParsedMail;

/**
 * Turns the raw bytes of a mail into a {@link ParsedMail}. Every mail is hostile until parsed: addresses are parsed
 * leniently but must yield a sender, the text prefers {@code text/plain} and turns HTML into text
 * ({@link HtmlText}), charsets and encoded words are decoded with a fallback for unknown ones, nesting and the
 * number of parts are bounded, and anything that still cannot be read is an {@link UnreadableMailException} with a
 * reason an administrator can act on. Thread-safe: one parser serves every mailbox.
 */
public final class MailParser {

    /** Why a mail could not be read; it goes to the errors folder with this reason. */
    public static final class UnreadableMailException extends Exception {

        private static final long serialVersionUID = 1L;

        public UnreadableMailException(String reason, Throwable cause) {
            super(reason, cause);
        }

        public UnreadableMailException(String reason) {
            super(reason);
        }
    }

    private static final int MAX_DEPTH = 12;
    private static final int MAX_PARTS = 500;
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]{1,990})>");
    private static final Pattern BARE_ID = Pattern.compile("[^<>\\s]{1,990}");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> BULK = Set.of("bulk", "list", "junk");

    private final Session session = Session.getInstance(new Properties());

    /**
     * @throws UnreadableMailException when the mail has no sender, or its structure cannot be read
     */
    public ParsedMail parse(byte[] raw) throws UnreadableMailException {
        MimeMessage mime;
        try {
            mime = new MimeMessage(session, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new UnreadableMailException("The mail's headers cannot be read: " + e.getMessage(), e);
        }
        try {
            return parse(mime, raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMailException("The mail cannot be read: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private ParsedMail parse(MimeMessage mime, byte[] raw) throws MessagingException, IOException,
            UnreadableMailException {
        InternetAddress from = sender(mime);
        String subject = clean(decodedSubject(mime));
        Body body = new Body();
        ContentType type = contentType(mime);
        boolean report = type.match("multipart/report");
        walk(mime, body, 0);
        String text = clean(body.text());
        QuotedText.Split split = QuotedText.split(text);
        ParsedMail.Bounce bounce = report || isDaemon(from) ? bounce(body) : null;
        Instant sentAt = sentAt(mime);
        return new ParsedMail(messageId(mime, raw, from, subject), from.getAddress().toLowerCase(Locale.ROOT),
                clean(from.getPersonal()), addresses(mime, "To"), addresses(mime, "Cc"), subject, split.text(),
                split.folded(), firstId(mime.getHeader("In-Reply-To", " ")), ids(mime.getHeader("References", " ")),
                language(mime), sentAt, automatic(mime, from, report), bounce, body.attachments);
    }

    // ---------------------------------------------------------------- headers

    private static InternetAddress sender(MimeMessage mime) throws MessagingException, UnreadableMailException {
        for (String header : List.of("From", "Sender", "Reply-To", "Return-Path")) {
            String value = mime.getHeader(header, ",");
            if (value == null) {
                continue;
            }
            try {
                for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                    String a = address.getAddress();
                    if (a != null && a.matches("[^@\\s<>]{1,200}@[^@\\s<>]{1,200}")) {
                        return address;
                    }
                }
            } catch (AddressException e) {
                // try the next header
            }
        }
        throw new UnreadableMailException("The mail has no sender address that can be read.");
    }

    private static String decodedSubject(MimeMessage mime) throws MessagingException {
        String raw = mime.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (IOException | IllegalArgumentException e) {
            return MimeUtility.unfold(raw);
        }
    }

    private static List<String> addresses(MimeMessage mime, String header) throws MessagingException {
        String value = mime.getHeader(header, ",");
        if (value == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.getAddress() != null && address.getAddress().contains("@") && found.size() < 100) {
                    found.add(address.getAddress().toLowerCase(Locale.ROOT));
                }
            }
        } catch (AddressException e) {
            // an unreadable list of copies loses the copies, not the mail
        }
        return List.copyOf(found);
    }

    private static String messageId(MimeMessage mime, byte[] raw, InternetAddress from, String subject)
            throws MessagingException {
        String id = firstId(mime.getHeader("Message-ID", " "));
        if (id != null) {
            return id;
        }
        // No usable Message-ID: one from what stays the same however often, and wherever, the mail is delivered.
        MessageDigest digest = sha256();
        digest.update(from.getAddress().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.valueOf(mime.getHeader("Date", " ")).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(subject.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Arrays.copyOfRange(raw, bodyStart(raw), raw.length));
        return HexFormat.of().formatHex(digest.digest()) + "@synthetic.helpdesk";
    }

    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return raw.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** @return the first Message-ID in a header, without its angle brackets; null when there is none */
    static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** @return the Message-IDs in a header (In-Reply-To, References), in order, at most 50 */
    static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        String unfolded = MimeUtility.unfold(header).strip();
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MESSAGE_ID.matcher(unfolded);
        while (m.find() && found.size() < 50) {
            found.add(m.group(1));
        }
        if (found.isEmpty() && BARE_ID.matcher(unfolded).matches() && unfolded.contains("@")) {
            found.add(unfolded);
        }
        List<String> list = new ArrayList<>(found);
        // References name the thread oldest first; keep the newest 50 (the nearest answers matter most).
        return List.copyOf(list);
    }

    private static Locale language(MimeMessage mime) throws MessagingException {
        String value = mime.getHeader("Content-Language", ",");
        if (value == null) {
            return null;
        }
        String first = value.split(",")[0].strip();
        if (!first.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        return Locale.forLanguageTag(first);
    }

    private static Instant sentAt(MimeMessage mime) {
        try {
            return mime.getSentDate() == null ? null : mime.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean automatic(MimeMessage mime, InternetAddress from, boolean report)
            throws MessagingException {
        String auto = mime.getHeader("Auto-Submitted", ",");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = mime.getHeader("Precedence", ",");
        if (precedence != null && BULK.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return report || isDaemon(from) || mime.getHeader("List-Id") != null
                || mime.getHeader("X-Autoreply") != null || mime.getHeader("X-Autorespond") != null;
    }

    private static boolean isDaemon(InternetAddress from) {
        String local = from.getAddress().split("@", 2)[0].toLowerCase(Locale.ROOT);
        return DAEMONS.contains(local);
    }

    // ---------------------------------------------------------------- body

    /** What the walk through the parts found. */
    private static final class Body {
        String plain;
        String html;
        String deliveryStatus;
        String returnedHeaders;
        int parts;
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();

        String text() {
            if (plain != null && !plain.isBlank()) {
                return plain.replace("\r\n", "\n").strip();
            }
            if (html != null) {
                return HtmlText.of(html);
            }
            return plain == null ? "" : plain.strip();
        }
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException,
            UnreadableMailException {
        if (depth > MAX_DEPTH) {
            throw new UnreadableMailException("The mail nests its parts more than " + MAX_DEPTH + " levels deep.");
        }
        if (++body.parts > MAX_PARTS) {
            throw new UnreadableMailException("The mail has more than " + MAX_PARTS + " parts.");
        }
        ContentType type = contentType(part);
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName != null;
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                boolean alternative = type.getSubType().equalsIgnoreCase("alternative");
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (alternative) {
                        walkAlternative(child, body, depth + 1);
                    } else {
                        walk(child, body, depth + 1);
                    }
                }
                return;
            }
        }
        if (type.match("message/delivery-status")) {
            body.deliveryStatus = read(part, StandardCharsets.US_ASCII);
            return;
        }
        if (type.match("text/rfc822-headers") || (type.match("message/rfc822") && body.deliveryStatus != null)) {
            body.returnedHeaders = new String(bytes(part), StandardCharsets.ISO_8859_1);
            if (type.match("text/rfc822-headers")) {
                return;
            }
        }
        if (!attachment && type.getPrimaryType().equalsIgnoreCase("text")) {
            String text = read(part, charset(type));
            if (type.getSubType().equalsIgnoreCase("html")) {
                body.html = body.html == null ? text : body.html + "\n" + text;
            } else if (body.plain == null) {
                body.plain = text;
            } else {
                body.plain = body.plain + "\n\n" + text;
            }
            return;
        }
        if (attachment || !type.getPrimaryType().equalsIgnoreCase("text")) {
            String name = fileName != null ? fileName : type.match("message/rfc822") ? "message.eml" : null;
            body.attachments.add(new ParsedMail.Attachment(name, type.getBaseType(), bytes(part)));
        }
    }

    /** In multipart/alternative the plain text wins; the HTML is read only for a mail that has no plain text. */
    private void walkAlternative(BodyPart child, Body body, int depth) throws MessagingException, IOException,
            UnreadableMailException {
        ContentType type = contentType(child);
        if (type.match("text/html") && body.plain != null) {
            return;
        }
        if (type.match("text/plain") && body.html != null && body.plain == null) {
            body.html = null;
        }
        walk(child, body, depth);
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String value = part.getContentType();
        try {
            return new ContentType(value == null ? "text/plain" : value);
        } catch (ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null) {
                return null;
            }
            try {
                name = MimeUtility.decodeText(name);
            } catch (IOException | IllegalArgumentException e) {
                // keep it as it came
            }
            return clean(name);
        } catch (MessagingException e) {
            return "attachment";
        }
    }

    private static Charset charset(ContentType type) {
        String name = type.getParameter("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (IllegalArgumentException e) {
            // an unknown or illegal charset name: the bytes are read as Windows-1252, which maps every byte
            return Charset.forName("windows-1252");
        }
    }

    private static String read(Part part, Charset charset) throws MessagingException, IOException {
        return new String(bytes(part), charset);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    // ---------------------------------------------------------------- delivery reports

    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*(\\S+)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+(?:\\n[ \\t].+)*)");
    private static final Pattern RECIPIENT = Pattern.compile("(?im)^Final-Recipient:\\s*(?:rfc822;)?\\s*(\\S+)");

    private static ParsedMail.Bounce bounce(Body body) {
        String original = null;
        if (body.returnedHeaders != null) {
            try {
                InternetHeaders headers = new InternetHeaders(
                        new ByteArrayInputStream(body.returnedHeaders.getBytes(StandardCharsets.ISO_8859_1)));
                original = firstId(headers.getHeader("Message-ID", " "));
            } catch (MessagingException e) {
                // a report without readable original headers still says the delivery failed
            }
        }
        StringBuilder reason = new StringBuilder();
        if (body.deliveryStatus != null) {
            append(reason, RECIPIENT.matcher(body.deliveryStatus), "to ");
            append(reason, STATUS.matcher(body.deliveryStatus), "status ");
            append(reason, DIAGNOSTIC.matcher(body.deliveryStatus), "");
        }
        if (reason.isEmpty()) {
            String text = clean(body.text());
            reason.append(text.length() > 300 ? text.substring(0, 300) : text);
        }
        if (original == null && body.deliveryStatus == null) {
            return null;
        }
        return new ParsedMail.Bounce(original, clean(reason.toString().replaceAll("\\s+", " ")).strip());
    }

    private static void append(StringBuilder reason, Matcher matcher, String label) {
        if (matcher.find()) {
            if (!reason.isEmpty()) {
                reason.append("; ");
            }
            reason.append(label).append(matcher.group(1).strip());
        }
    }

    /** Control characters (but line breaks and tabs) removed. */
    static String clean(String value) {
        return value == null ? null : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }
}
