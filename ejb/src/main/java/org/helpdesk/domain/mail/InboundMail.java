package org.helpdesk.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.shared.Values;
import org.helpdesk.domain.ticket.ServiceTicket;

/**
 * A mail read from one of the help desk's mailboxes, recorded once under its Message-ID. It opened a ticket, was
 * added to one, waits for an operator (an unknown sender, a flood from one sender), or reported that one of our
 * mails could not be delivered. Never edited: an operator's decision on it only settles its {@link Attention}.
 */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {

    /** What became of the mail. */
    public enum Outcome {
        /** It opened a service ticket. */
        NEW_TICKET,
        /** It was added to an existing service ticket. */
        ADDED,
        /** It is on no ticket yet: an operator chooses the customer (see {@link Attention}). */
        WAITING,
        /** A delivery report about one of our mails, which is marked failed. */
        BOUNCE
    }

    /** Why the mail waits for an operator. */
    public enum Attention {
        NEW_CONTACT, CLOSED_TICKET_REPLY, UNKNOWN_SENDER, RATE_LIMITED
    }

    public static final int BODY_MAX = 100_000;
    static final int SUBJECT_MAX = 1000;
    static final int ADDRESSES_MAX = 4000;
    static final int REFERENCES_MAX = 8000;
    static final int ID_MAX = 998;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", nullable = false, updatable = false, length = ID_MAX)
    private String messageId;

    @Column(nullable = false, updatable = false, length = 64)
    private String mailbox;

    @Column(name = "from_address", nullable = false, updatable = false, length = 320)
    private String fromAddress;

    @Column(name = "from_name", updatable = false, length = 200)
    private String fromName;

    @Column(name = "to_addresses", updatable = false, length = ADDRESSES_MAX)
    private String toAddresses;

    @Column(name = "cc_addresses", updatable = false, length = ADDRESSES_MAX)
    private String ccAddresses;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, updatable = false, length = BODY_MAX)
    private String body;

    @Column(updatable = false, length = BODY_MAX)
    private String folded;

    @Column(name = "in_reply_to", updatable = false, length = ID_MAX)
    private String inReplyTo;

    @Column(name = "reference_ids", updatable = false, length = REFERENCES_MAX)
    private String referenceIds;

    @Column(updatable = false, length = 8)
    private String language;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private boolean automatic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Outcome outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_ticket_id")
    private ServiceTicket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Attention attention;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected InboundMail() {
        // for JPA
    }

    /** A mail as read, on no ticket yet: one of the methods below says what became of it. */
    public InboundMail(String mailbox, ParsedMail mail, Instant at) {
        this.messageId = Values.cut(mail.messageId(), ID_MAX);
        this.mailbox = mailbox;
        this.fromAddress = Values.cut(mail.fromAddress(), 320);
        this.fromName = Values.cut(mail.fromName(), 200);
        this.toAddresses = Values.cut(String.join(", ", mail.to()), ADDRESSES_MAX);
        this.ccAddresses = Values.cut(String.join(", ", mail.cc()), ADDRESSES_MAX);
        this.subject = Values.cut(mail.subject(), SUBJECT_MAX);
        this.body = Values.cut(mail.text(), BODY_MAX);
        this.folded = Values.cut(mail.folded(), BODY_MAX);
        this.inReplyTo = Values.cut(mail.inReplyTo(), ID_MAX);
        this.referenceIds = Values.cut(String.join(" ", mail.references()), REFERENCES_MAX);
        this.language = mail.language() == null ? null : Values.cut(mail.language().getLanguage(), 8);
        this.sentAt = mail.sentAt();
        this.receivedAt = at;
        this.automatic = mail.automatic();
        this.outcome = Outcome.WAITING;
    }


    /** The mail opened {@code opened}, whose customer and contact are the sender's. */
    public void opened(ServiceTicket opened, Attention flag) {
        this.outcome = Outcome.NEW_TICKET;
        this.ticket = opened;
        this.customer = opened.getCustomer();
        this.contact = opened.getContact();
        this.attention = flag;
    }

    /** The mail was added to an existing ticket; the sender is {@code sender} when one of its customer's contacts. */
    public void addedTo(ServiceTicket existing, Contact sender, Attention flag) {
        this.outcome = Outcome.ADDED;
        this.ticket = existing;
        this.customer = existing.getCustomer();
        this.contact = sender;
        this.attention = flag;
    }

    /** The mail waits on no ticket for an operator, who chooses the customer. */
    public void waits(Attention why, Customer guess) {
        this.outcome = Outcome.WAITING;
        this.attention = why;
        this.customer = guess;
    }

    public void bounce() {
        this.outcome = Outcome.BOUNCE;
    }

    /** An operator decided what to do about the mail's attention flag. */
    public void settle(String by, Instant at) {
        this.attention = null;
        this.settledBy = by;
        this.settledAt = at;
    }

    /** An operator assigned a waiting mail: it opened {@code opened}. */
    public void assigned(ServiceTicket opened, String by, Instant at) {
        opened(opened, null);
        settle(by, at);
    }

    /** The sender became one of the customer's contacts. */
    public void senderIs(Contact confirmed) {
        this.contact = confirmed;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getFromName() {
        return fromName;
    }

    public List<String> getCc() {
        return split(ccAddresses, ",");
    }

    public List<String> getTo() {
        return split(toAddresses, ",");
    }

    public List<String> getReferences() {
        return split(referenceIds, " ");
    }

    private static List<String> split(String joined, String separator) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getFolded() {
        return folded;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    /** @return the sender's display name, or their address when the mail gives none */
    public String getSenderName() {
        return fromName == null || fromName.isBlank() ? fromAddress : fromName;
    }

    /**
     * @return Italian when the mail declared it (Content-Language), else {@code otherwise}: the languages the help
     *         desk writes in are Italian and English
     */
    public Locale languageOr(Locale otherwise) {
        return "it".equals(language) ? Locale.ITALIAN : otherwise;
    }

    /** @return the language the mail declared, or null */
    public Locale getLanguage() {
        return language == null ? null : Locale.forLanguageTag(language);
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public ServiceTicket getTicket() {
        return ticket;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getContact() {
        return contact;
    }

    public Attention getAttention() {
        return attention;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
