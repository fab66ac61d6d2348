package org.helpdesk.domain.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.ticket.ServiceTicket;

/** The mails read from the help desk's mailboxes, their attachments and the mails that could not be read. */
public interface InboundMails {

    /** A file for download. */
    record Content(String fileName, String contentType, byte[] bytes) implements java.io.Serializable {
    }

    /** An attachment without its content. */
    record AttachmentInfo(long id, long mailId, String fileName, String contentType, long size) implements java.io.Serializable {
    }

    boolean exists(String messageId);

    /** Stores the mail and its attachments; the unique Message-ID refuses a second copy at commit at the latest. */
    void add(InboundMail mail, List<MailAttachment> attachments);

    Optional<InboundMail> byId(long id);

    /** @return the ticket number of each of these Message-IDs that a mail on a ticket has */
    java.util.Map<String, String> ticketsOfMessageIds(Collection<String> messageIds);

    /** @return the ticket's first mail, which started the conversation, and its newest (the same for one mail) */
    Optional<Ends> endsOf(ServiceTicket ticket);

    /** The first and the newest mail of a ticket. */
    record Ends(InboundMail first, InboundMail latest) implements java.io.Serializable {
    }

    /** @return the ticket's mails, oldest first */
    List<InboundMail> ofTicket(ServiceTicket ticket);

    /** @return the attachments of these mails, without their content, in the order they came */
    List<AttachmentInfo> attachmentsOf(Collection<Long> mailIds);

    Optional<Content> attachment(long attachmentId);

    /** @return the mails with an attention flag, oldest first */
    List<InboundMail> waiting(int limit);

    /** @return how many tickets mails from this address opened since {@code since} */
    long ticketsOpenedBy(String fromAddress, Instant since);

    void addError(MailError error);

    Optional<MailError> error(long id);

    /** @return the mails that could not be read, newest first */
    List<MailError> errors(int limit);

    /** @return the mailbox's errors an administrator asked to read again */
    List<MailError> retriesRequested(String mailbox);
}
