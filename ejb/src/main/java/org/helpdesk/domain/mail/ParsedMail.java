package org.helpdesk.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail as read from a mailbox, reduced to what the help desk keeps: decoded, its HTML turned into text, its quoted
 * history and signature split off, its attachments in memory. Made by the mail parser; nothing here is trusted.
 *
 * @param messageId the Message-ID without angle brackets, or a synthetic one made from the content
 * @param fromAddress the sender's address, lower case
 * @param fromName the sender's display name, or null
 * @param to the addresses in To, lower case
 * @param cc the addresses in Cc, lower case
 * @param subject the decoded subject; empty when the mail has none
 * @param text what the sender wrote, as plain text
 * @param folded the quoted history and signature, as plain text; null when there is none
 * @param inReplyTo the Message-ID the mail answers, or null
 * @param references the Message-IDs of the thread, oldest first
 * @param language the language the mail declares (Content-Language), or null
 * @param sentAt the Date header, or null when missing or unreadable
 * @param automatic whether no reply may be sent to it: Auto-Submitted other than "no", Precedence bulk, list or
 *        junk, a List-Id, a mailer daemon or a delivery report
 * @param bounce what a delivery report says about a mail we sent, or null when it is not one
 */
public record ParsedMail(String messageId, String fromAddress, String fromName, List<String> to, List<String> cc,
        String subject, String text, String folded, String inReplyTo, List<String> references, Locale language,
        Instant sentAt, boolean automatic, Bounce bounce, List<Attachment> attachments) implements java.io.Serializable {

    public ParsedMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }

    /** A file that came with the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) implements java.io.Serializable {
    }

    /**
     * A delivery status notification about one of our mails.
     *
     * @param originalMessageId the Message-ID of the mail that could not be delivered, when the report quotes it
     * @param reason what the report says, for staff
     */
    public record Bounce(String originalMessageId, String reason) implements java.io.Serializable {
    }

    /** @return the Message-IDs this mail answers, nearest first: In-Reply-To, then References from the last */
    public List<String> answered() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return List.copyOf(ids);
    }
}
