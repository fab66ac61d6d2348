package org.helpdesk.application.mail.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.application.ticket.internal.Notifications;
import org.helpdesk.application.ticket.internal.TicketClocks;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.mail.InboundMail.Attention;
import org.helpdesk.domain.mail.InboundMails;
import org.helpdesk.domain.mail.MailAttachment;
import org.helpdesk.domain.mail.MailError;
import org.helpdesk.domain.mail.MailReceiver;
import org.helpdesk.domain.mail.OutboxMessages;
import org.helpdesk.domain.mail.ParsedMail;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.infrastructure.mail.inbound.MailInConfiguration;
import org.helpdesk.infrastructure.mail.inbound.MailInSettings;

/**
 * Decides what becomes of each mail read from a mailbox, in a transaction of its own per mail.
 *
 * <ol>
 * <li>A Message-ID recorded before: nothing (the same mail fetched twice, delivered to two of our addresses, or
 * read again after a crash).</li>
 * <li>A delivery report about one of our mails: that mail is marked failed, with the report's reason.</li>
 * <li>The thread: the Message-IDs it answers (In-Reply-To, References) against the mails received and sent for a
 * ticket; then a ticket number in brackets in the subject, {@code [HD-2026-000123]}. A reply to an open ticket is
 * added to it; to a ticket closed within the reopening window it is added and flagged for the operator, who
 * reopens or not; later it opens a new ticket that follows up the old one.</li>
 * <li>Otherwise a new ticket, channel e-mail, awaiting qualification, for the sender's customer: the contact with
 * that address, else the one customer with contacts at the sender's domain (flagged: a new contact to confirm);
 * else the mail waits in the unknown senders' queue. A sender who opened too many tickets lately is held there
 * too.</li>
 * </ol>
 * The sender of a new ticket gets an acknowledgement, unless the mail is automatic (an auto-reply, a list, a
 * daemon): no mail of the help desk ever answers one.
 */
@Stateless
@Local(MailReceiver.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailIntake implements MailReceiver {

    /** Mail providers open to anyone, in Italy and abroad: their domain names no customer. */
    static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "outlook.com", "outlook.it",
            "hotmail.com", "hotmail.it", "live.com", "live.it", "msn.com", "yahoo.com", "yahoo.it", "icloud.com",
            "me.com", "aol.com", "gmx.com", "gmx.net", "proton.me", "protonmail.com", "libero.it", "virgilio.it",
            "tiscali.it", "alice.it", "tim.it", "fastwebnet.it", "email.it", "inwind.it", "pec.it", "legalmail.it");

    private static final Pattern NUMBER_IN_SUBJECT = Pattern.compile("\\[(HD-\\d{4}-\\d{6,18})\\]");

    @Inject
    private InboundMails mails;

    @Inject
    private ServiceTickets tickets;

    @Inject
    private Customers customers;

    @Inject
    private OutboxMessages outbox;

    @Inject
    private MailInConfiguration configuration;

    @EJB
    private Notifications notifications;

    @Inject
    private MailTickets mailTickets;

    @Inject
    private TicketHistory history;

    @Inject
    private TicketClocks clocks;

    @Inject
    private Clock clock;

    @Override
    public Received receive(String mailbox, ParsedMail mail) {
        if (mails.exists(mail.messageId())) {
            return Received.DUPLICATE;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        InboundMail in = new InboundMail(mailbox, mail, now);
        if (mail.bounce() != null) {
            in.bounce();
            if (mail.bounce().originalMessageId() != null) {
                outbox.byMessageId(mail.bounce().originalMessageId())
                        .ifPresent(sent -> sent.markBounced(mail.bounce().reason(), now));
            }
            mails.add(in, List.of());
            return Received.RECORDED;
        }
        MailInSettings settings = configuration.settings();
        Optional<ServiceTicket> thread = thread(mail);
        Sender sender = sender(mail.fromAddress());
        String followsUp = null;
        if (thread.isPresent()) {
            ServiceTicket ticket = thread.get();
            boolean closed = ticket.getState() == ServiceTicketState.CLOSED;
            if (!closed || ticket.getClosedAt().plus(settings.reopenWindow()).isAfter(now)) {
                Contact contact = sender.contactOf(ticket.getCustomer());
                in.addedTo(ticket, contact, closed ? Attention.CLOSED_TICKET_REPLY
                        : contact == null && !isContactAddress(ticket, mail.fromAddress()) ? Attention.NEW_CONTACT
                                : null);
                if (!closed && !mail.automatic() && ticket.customerAnswered(MailTickets.ACTOR, now)) {
                    // The answer the ticket waited for: its resolution clock runs again.
                    clocks.record(ticket, now);
                    history.record(ticket);
                }
                mails.add(in, attachments(in, mail));
                return Received.RECORDED;
            }
            // Too late to be added: a new ticket for the same customer, which follows up the closed one.
            followsUp = ticket.getNumber();
            sender = sender.forCustomer(ticket.getCustomer());
        }
        if (sender.customer() == null) {
            in.waits(Attention.UNKNOWN_SENDER, null);
        } else if (mails.ticketsOpenedBy(mail.fromAddress(), now.minus(settings.rateWindow())) >= settings
                .rateLimit()) {
            in.waits(Attention.RATE_LIMITED, sender.customer());
        } else {
            ServiceTicket opened = mailTickets.open(sender.customer(), sender.contact(), mail.subject(), mail.text(),
                    followsUp, now);
            in.opened(opened, sender.contact() == null ? Attention.NEW_CONTACT : null);
            if (settings.acknowledge() && !mail.automatic()) {
                notifications.mailAcknowledged(opened, in);
            }
        }
        mails.add(in, attachments(in, mail));
        return Received.RECORDED;
    }

    private static List<MailAttachment> attachments(InboundMail in, ParsedMail mail) {
        List<MailAttachment> files = new ArrayList<>();
        for (int i = 0; i < mail.attachments().size(); i++) {
            files.add(new MailAttachment(in, i, mail.attachments().get(i)));
        }
        return files;
    }

    /** The ticket the mail answers: by the Message-IDs it names, nearest first, then by the number in its subject. */
    private Optional<ServiceTicket> thread(ParsedMail mail) {
        List<String> answered = mail.answered();
        if (!answered.isEmpty()) {
            Map<String, String> received = mails.ticketsOfMessageIds(answered);
            Map<String, String> sent = outbox.ticketsOfMessageIds(answered);
            for (String id : answered) {
                String number = received.getOrDefault(id, sent.get(id));
                if (number != null) {
                    Optional<ServiceTicket> ticket = tickets.forAppend(number);
                    if (ticket.isPresent()) {
                        return ticket;
                    }
                }
            }
        }
        Matcher m = NUMBER_IN_SUBJECT.matcher(mail.subject());
        while (m.find()) {
            Optional<ServiceTicket> ticket = tickets.forAppend(m.group(1));
            if (ticket.isPresent()) {
                return ticket;
            }
        }
        return Optional.empty();
    }

    private static boolean isContactAddress(ServiceTicket ticket, String address) {
        Contact contact = ticket.getContact();
        return contact != null && contact.getEmail() != null && contact.getEmail().equalsIgnoreCase(address);
    }

    /**
     * Who wrote: a contact (and their customer), or only a customer (the one with contacts at the sender's domain),
     * or nobody known.
     */
    record Sender(Customer customer, Contact contact, List<Contact> contacts) implements java.io.Serializable {

        Contact contactOf(Customer of) {
            return contacts.stream().filter(c -> c.belongsTo(of)).findFirst().orElse(null);
        }

        Sender forCustomer(Customer of) {
            return new Sender(of, contactOf(of), contacts);
        }
    }

    Sender sender(String address) {
        List<Contact> contacts = customers.contactsWithEmail(address);
        if (contacts.size() == 1) {
            Contact contact = contacts.get(0);
            return new Sender(contact.getCustomer(), contact, contacts);
        }
        if (contacts.size() > 1) {
            // One person at several customers: the customer is the operator's choice, not a guess.
            return new Sender(null, null, contacts);
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (PUBLIC_DOMAINS.contains(domain)) {
            // Anyone can have an address there: that a customer's contact has one says nothing about the sender.
            return new Sender(null, null, List.of());
        }
        List<Customer> atDomain = customers.withContactsAt(domain);
        return new Sender(atDomain.size() == 1 ? atDomain.get(0) : null, null, List.of());
    }

    @Override
    public void unreadable(String mailbox, String messageId, String fromAddress, String subject, long size,
            String reason) {
        mails.addError(new MailError(mailbox, messageId, fromAddress, subject, size, reason,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public List<RetryRequest> retriesRequested(String mailbox) {
        return mails.retriesRequested(mailbox).stream().map(e -> new RetryRequest(e.getId(), e.getMessageId()))
                .toList();
    }

    @Override
    public void retried(long errorId) {
        mails.error(errorId).ifPresent(e -> e.retried(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    }
}
