package org.helpdesk.application.mail;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;

/**
 * The conversation with the customer by e-mail, as staff see it: a ticket's timeline (the customer's mails, the
 * replies sent, the internal notes), the attachments, the mails that wait for an operator (an unknown sender, a
 * reply after the closure, a flood from one sender) and the mails that could not be read at all.
 *
 * <p>Replies are written with {@code ServiceTicketService.comment}: a customer comment is mailed to the customer,
 * an internal one never is.</p>
 */
@Local
public interface ConversationService {

    /** What one entry of a ticket's timeline is. */
    enum EntryKind {
        /** A mail the customer (or someone in copy) sent to one of the help desk's mailboxes. */
        CUSTOMER_MAIL,
        /** A customer comment: mailed to the customer's contact. */
        REPLY,
        /** An internal comment: never mailed. */
        NOTE
    }

    /** Why a mail waits for an operator; null when it does not. */
    enum Attention {
        /** The sender's address is not a contact, but its domain is one customer's: confirm the new contact. */
        NEW_CONTACT,
        /** A reply to a ticket closed within the reopening window: reopen it, or open a new linked ticket. */
        CLOSED_TICKET_REPLY,
        /** Nobody knows the sender: choose the customer, which opens the ticket. */
        UNKNOWN_SENDER,
        /** The sender opened too many tickets in a short time (an auto-responder?): open one by hand if real. */
        RATE_LIMITED
    }

    record AttachmentView(long id, String fileName, String contentType, long size) implements java.io.Serializable {
    }

    /** A file to download, with the name and type the sender gave it. */
    record AttachmentContent(String fileName, String contentType, byte[] content) implements java.io.Serializable {
    }

    /**
     * One entry of a timeline.
     *
     * @param id the mail's id for {@link EntryKind#CUSTOMER_MAIL}, the comment's id otherwise
     * @param author the sender's name and address for a mail, the staff user for a comment
     * @param fromAddress the sender's address, for a mail; null for a comment
     * @param fromName the sender's display name, for a mail that gives one; null otherwise
     * @param text what is new in the entry; for a mail the quoted history and signature are in {@code folded}
     * @param folded the quoted history and signature of a mail, shown folded; null when it has none
     * @param cc who else the mail was sent to (a customer's mail) or is copied on (a reply)
     * @param delivery for a reply: PENDING, SENT or FAILED (with the reason in {@code deliveryError}); null
     *        otherwise, or when the customer has no address to mail
     * @param attention for a customer's mail that still waits for an operator, why; null otherwise
     */
    record TimelineEntry(EntryKind kind, long id, Instant at, String author, String fromAddress, String fromName,
            String subject, String text,
            String folded, List<String> cc, List<AttachmentView> attachments, String delivery, String deliveryError,
            Attention attention) implements java.io.Serializable {
    }

    /**
     * A mail that waits for an operator, for the queue on the operator's home.
     *
     * @param ticketNumber the ticket it was added to, or null for an unknown sender or a held mail
     * @param customerCode the customer the sender was matched to, or null
     */
    record WaitingMail(long id, Attention attention, Instant receivedAt, String fromAddress, String fromName,
            String subject, String excerpt, String ticketNumber, String customerCode) implements java.io.Serializable {
    }

    /** A mail that could not be read (unparseable, over the size limit), left in the mailbox's errors folder. */
    record MailErrorView(long id, String mailbox, String messageId, String fromAddress, String subject, long size,
            String reason, Instant failedAt, boolean retryRequested) implements java.io.Serializable {
    }

    /**
     * The ticket's timeline, oldest first. OPERATOR, PROGRAMMER, PROGRAMMING_MANAGER, AUDITOR, ADMIN.
     *
     * @throws org.helpdesk.application.NotFoundException for an unknown ticket
     */
    List<TimelineEntry> timeline(String ticketNumber);

    /**
     * An attachment of a customer's mail, for download. OPERATOR, PROGRAMMER, PROGRAMMING_MANAGER, AUDITOR, ADMIN.
     *
     * @throws org.helpdesk.application.NotFoundException for an unknown attachment
     */
    AttachmentContent attachment(long attachmentId);

    /** Every mail that waits for an operator, oldest first. OPERATOR, ADMIN. */
    List<WaitingMail> waiting();

    /**
     * Opens a ticket for a mail from an unknown sender or one held by the rate limit, for the given customer;
     * with {@code addContact} the sender becomes one of the customer's contacts (name from the mail, in the given
     * language) and the ticket's contact; then the sender gets the acknowledgement. OPERATOR.
     *
     * @throws org.helpdesk.application.NotFoundException for an unknown mail
     * @throws org.helpdesk.application.UnknownReferenceException (field {@code customer}) for an unknown customer
     * @throws org.helpdesk.domain.ticket.TicketRuleException if the mail no longer waits to be assigned
     */
    ServiceTicketView assign(long mailId, String customerCode, boolean addContact, String language);

    /**
     * Adds the sender of a mail flagged {@link Attention#NEW_CONTACT} to its customer's contacts and makes them the
     * ticket's contact where it has none. OPERATOR.
     */
    void confirmContact(long mailId, String name, String language);

    /**
     * Clears a mail's attention flag without doing anything else: the operator read it and decided (a reply after
     * the closure that needs nothing, spam from an unknown sender). Recorded with who and when. OPERATOR.
     */
    void dismiss(long mailId);

    /** The mails that could not be read, newest first. ADMIN. */
    List<MailErrorView> errors();

    /**
     * Puts a mail from the errors folder back in the mailbox's inbox, to be read again (after the size limit was
     * raised, say). ADMIN.
     */
    void retry(long errorId);
}
