package org.helpdesk.infrastructure.mail.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How mail comes in: the mailboxes read and the rules for what is read, from system properties
 * ({@code -Dhelpdesk.mail.in.…}) or, when a property is not set, the environment ({@code HELPDESK_MAIL_IN_…}):
 *
 * <pre>
 * helpdesk.mail.in.mailboxes            codes of the mailboxes, comma-separated (none: no mail is read)
 * helpdesk.mail.in.CODE.host            IMAP server
 * helpdesk.mail.in.CODE.port            default 993 with security ssl, else 143
 * helpdesk.mail.in.CODE.security        ssl (default), starttls or none
 * helpdesk.mail.in.CODE.user / .password
 * helpdesk.mail.in.CODE.address         the customer-facing address it serves (default: the user)
 * helpdesk.mail.in.CODE.folder          default INBOX; .processed-folder Processed; .errors-folder Errors
 * helpdesk.mail.in.CODE.poll-seconds    default 30 (1 to 60): how often to look when the server has no IDLE
 * helpdesk.mail.in.CODE.idle            default true: wait with IMAP IDLE where the server offers it
 * helpdesk.mail.in.max-mb               default 20: a larger mail goes to the errors folder
 * helpdesk.mail.in.reopen-days          default 14: a reply to a ticket closed longer ago opens a new one
 * helpdesk.mail.in.acknowledge          default true: the sender of a new ticket gets an acknowledgement
 * helpdesk.mail.in.rate-limit           default 5: tickets one sender may open by mail in 10 minutes
 * helpdesk.mail.in.retry-max-seconds    default 300: the longest wait before reconnecting to a mailbox that failed
 * </pre>
 *
 * In the environment a key is upper case with underscores: {@code HELPDESK_MAIL_IN_SUPPORT_PASSWORD}.
 */
public record MailInSettings(List<Mailbox> mailboxes, long maxBytes, Duration reopenWindow, boolean acknowledge,
        int rateLimit, Duration rateWindow, Duration longestRetry) {

    public MailInSettings {
        mailboxes = List.copyOf(mailboxes);
    }

    /** How an IMAP connection is protected. */
    public enum Security {
        SSL, STARTTLS, NONE
    }

    /** One mailbox the help desk reads. */
    public record Mailbox(String code, String host, int port, Security security, String user, String password,
            String address, String folder, String processedFolder, String errorsFolder, Duration pollInterval,
            boolean idle) {

        @Override
        public String toString() {
            // never the password
            return code + " (" + user + " at " + host + ":" + port + ", " + security + ")";
        }
    }

    private static final String PREFIX = "helpdesk.mail.in.";

    /** From the system properties and the environment of this server. */
    public static MailInSettings current() {
        Map<String, String> environment = System.getenv();
        return read(key -> {
            String value = System.getProperty(key);
            if (value == null) {
                value = environment.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            return value == null || value.isBlank() ? null : value.strip();
        });
    }

    /**
     * @param source a key's value, or null when it is not set
     * @throws IllegalArgumentException naming the key of a setting that is not valid
     */
    static MailInSettings read(UnaryOperator<String> source) {
        List<Mailbox> mailboxes = new ArrayList<>();
        String codes = source.apply(PREFIX + "mailboxes");
        if (codes != null) {
            for (String code : codes.split(",")) {
                String c = code.strip().toLowerCase(Locale.ROOT);
                if (!c.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                    throw new IllegalArgumentException(PREFIX + "mailboxes: '" + code
                            + "' is not a mailbox code (letters, digits and dashes)");
                }
                mailboxes.add(mailbox(c, source));
            }
        }
        return new MailInSettings(List.copyOf(mailboxes),
                number(source, PREFIX + "max-mb", 20, 1, 2000) * 1024L * 1024L,
                Duration.ofDays(number(source, PREFIX + "reopen-days", 14, 0, 3650)),
                !"false".equalsIgnoreCase(source.apply(PREFIX + "acknowledge")),
                number(source, PREFIX + "rate-limit", 5, 1, 1_000_000), Duration.ofMinutes(10),
                Duration.ofSeconds(number(source, PREFIX + "retry-max-seconds", 300, 1, 3600)));
    }

    private static Mailbox mailbox(String code, UnaryOperator<String> source) {
        String key = PREFIX + code + ".";
        String host = required(source, key + "host");
        String user = required(source, key + "user");
        String securityValue = source.apply(key + "security");
        Security security;
        try {
            security = securityValue == null ? Security.SSL : Security.valueOf(securityValue.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "security: '" + securityValue + "' is not ssl, starttls or none",
                    e);
        }
        int port = number(source, key + "port", security == Security.SSL ? 993 : 143, 1, 65_535);
        String password = source.apply(key + "password");
        String address = source.apply(key + "address");
        return new Mailbox(code, host, port, security, user, password == null ? "" : password,
                (address == null ? user : address).toLowerCase(Locale.ROOT),
                orDefault(source.apply(key + "folder"), "INBOX"),
                orDefault(source.apply(key + "processed-folder"), "Processed"),
                orDefault(source.apply(key + "errors-folder"), "Errors"),
                Duration.ofSeconds(number(source, key + "poll-seconds", 30, 1, 60)),
                !"false".equalsIgnoreCase(source.apply(key + "idle")));
    }

    private static String required(UnaryOperator<String> source, String key) {
        String value = source.apply(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static int number(UnaryOperator<String> source, String key, int fallback, int min, int max) {
        String value = source.apply(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + ": " + n + " is not between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not a number", e);
        }
    }

    /** @return the addresses of every mailbox read: never copied on a reply, since they are ours */
    public Set<String> ownAddresses() {
        return mailboxes.stream().flatMap(m -> java.util.stream.Stream.of(m.address(), m.user().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return the mailbox with this code, if it is one of ours */
    public java.util.Optional<Mailbox> mailbox(String code) {
        return mailboxes.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
