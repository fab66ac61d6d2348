package org.helpdesk.application.mail.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CallerRoles;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.internal.Notifications;
import org.helpdesk.application.ticket.internal.TicketClocks;
import org.helpdesk.application.ticket.internal.Views;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.mail.InboundMails;
import org.helpdesk.domain.mail.MailError;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;
import org.helpdesk.domain.shared.Values;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.infrastructure.mail.inbound.MailboxReaders;

@Stateless
public class DefaultConversationService implements ConversationService {

    private static final int WAITING_MAX = 500;
    private static final int ERRORS_MAX = 500;

    @Inject
    private InboundMails mails;

    @Inject
    private OutboxMessages outbox;

    @Inject
    private ServiceTickets tickets;

    @Inject
    private TicketHistory history;

    @Inject
    private Customers customers;

    @Inject
    private TicketClocks clocks;

    @Inject
    private MailTickets mailTickets;

    @EJB
    private Notifications notifications;

    @Inject
    private Caller caller;

    @Resource
    private SessionContext context;

    @Inject
    private Event<MailboxReaders.RetryRequested> retryRequested;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<TimelineEntry> timeline(String ticketNumber) {
        ServiceTicket ticket = ticket(ticketNumber);
        List<TimelineEntry> entries = new ArrayList<>();
        List<InboundMail> received = mails.ofTicket(ticket);
        Map<Long, List<AttachmentView>> files = mails.attachmentsOf(received.stream().map(InboundMail::getId).toList())
                .stream().collect(Collectors.groupingBy(InboundMails.AttachmentInfo::mailId, Collectors.mapping(
                        a -> new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size()),
                        Collectors.toList())));
        for (InboundMail mail : received) {
            entries.add(new TimelineEntry(EntryKind.CUSTOMER_MAIL, mail.getId(), mail.getReceivedAt(), author(mail),
                    mail.getFromAddress(), mail.getFromName(), mail.getSubject(), mail.getBody(), mail.getFolded(), mail.getCc(),
                    files.getOrDefault(mail.getId(), List.of()), null, null, attention(mail)));
        }
        List<Comment> comments = history.comments(ticket);
        Map<Long, OutboxMessage> delivered = outbox.forComments(comments.stream()
                .filter(c -> c.getVisibility() == CommentVisibility.CUSTOMER).map(Comment::getId).toList());
        for (Comment comment : comments) {
            boolean reply = comment.getVisibility() == CommentVisibility.CUSTOMER;
            OutboxMessage sent = delivered.get(comment.getId());
            entries.add(new TimelineEntry(reply ? EntryKind.REPLY : EntryKind.NOTE, comment.getId(),
                    comment.getCreatedAt(), comment.getAuthor(), null, null, sent == null ? null : sent.getSubject(),
                    comment.getText(), null, sent == null ? List.of() : sent.getCc(), List.of(),
                    sent == null ? null : sent.getStatus().name(), sent == null ? null : sent.getLastError(), null));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> e.kind() != EntryKind.CUSTOMER_MAIL)
                .thenComparingLong(TimelineEntry::id));
        return entries;
    }

    private static String author(InboundMail mail) {
        String name = mail.getSenderName();
        return name.equals(mail.getFromAddress()) ? name : name + " <" + mail.getFromAddress() + ">";
    }

    private static Attention attention(InboundMail mail) {
        return mail.getAttention() == null ? null : Attention.valueOf(mail.getAttention().name());
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public AttachmentContent attachment(long attachmentId) {
        return mails.attachment(attachmentId)
                .map(c -> new AttachmentContent(c.fileName(), c.contentType(), c.bytes()))
                .orElseThrow(() -> new NotFoundException("notFound.attachment", "There is no attachment {0}.",
                        String.valueOf(attachmentId)));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.ADMIN})
    public List<WaitingMail> waiting() {
        return mails.waiting(WAITING_MAX).stream().map(m -> new WaitingMail(m.getId(), attention(m),
                m.getReceivedAt(), m.getFromAddress(), m.getFromName(), m.getSubject(), excerpt(m.getBody()),
                m.getTicket() == null ? null : m.getTicket().getNumber(),
                m.getCustomer() == null ? null : m.getCustomer().getCode())).toList();
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView assign(long mailId, String customerCode, boolean addContact, String language) {
        InboundMail mail = mail(mailId);
        if (mail.getTicket() != null || mail.getAttention() == null) {
            throw new TicketRuleException("rule.mailAlreadyAssigned",
                    "The mail from {0} is no longer waiting: it is on ticket {1} or was dismissed.",
                    mail.getFromAddress(), mail.getTicket() == null ? "-" : mail.getTicket().getNumber());
        }
        Customer customer = customers.byCode(customerCode == null ? "" : customerCode.strip())
                .orElseThrow(() -> new UnknownReferenceException("customer", "notFound.customer",
                        "There is no customer {0}.", customerCode));
        Contact contact = addContact ? newContact(customer, mail, null, language) : null;
        Instant now = caller.now();
        ServiceTicket ticket = mailTickets.open(customer, contact, mail.getSubject(), mail.getBody(), null, now);
        mail.assigned(ticket, caller.username(), now);
        if (contact != null) {
            mail.senderIs(contact);
        }
        if (!mail.isAutomatic()) {
            notifications.mailAcknowledged(ticket, mail);
        }
        return Views.of(ticket, clocks.replay(ticket, now), CallerRoles.of(context));
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public void confirmContact(long mailId, String name, String language) {
        InboundMail mail = mail(mailId);
        if (mail.getAttention() != InboundMail.Attention.NEW_CONTACT || mail.getTicket() == null) {
            throw new TicketRuleException("rule.mailNotNewContact",
                    "The sender of this mail, {0}, is not waiting to be confirmed as a contact.",
                    mail.getFromAddress());
        }
        ServiceTicket ticket = tickets.forAppend(mail.getTicket().getNumber()).orElseThrow();
        Customer customer = ticket.getCustomer();
        Contact contact = customers.contactsWithEmail(mail.getFromAddress()).stream()
                .filter(c -> c.belongsTo(customer)).findFirst()
                .orElseGet(() -> newContact(customer, mail, name, language));
        Instant now = caller.now();
        ticket.adoptContact(contact, caller.username(), now);
        history.record(ticket);
        mail.senderIs(contact);
        mail.settle(caller.username(), now);
    }

    /** The sender of {@code mail} as a new contact of {@code customer}; the contact refuses a language it has not. */
    private Contact newContact(Customer customer, InboundMail mail, String name, String language) {
        String given = name != null && !name.isBlank() ? name.strip() : mail.getSenderName();
        Locale locale = language == null || language.isBlank() ? mail.languageOr(Locale.ENGLISH)
                : Locale.forLanguageTag(language.strip());
        return customer.addContact(Values.cut(given, 200), mail.getFromAddress(), null, locale, false);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public void dismiss(long mailId) {
        InboundMail mail = mail(mailId);
        if (mail.getAttention() == null) {
            throw new TicketRuleException("rule.mailNotWaiting",
                    "The mail from {0} is not waiting for anyone: it was dealt with already.",
                    mail.getFromAddress());
        }
        mail.settle(caller.username(), caller.now());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<MailErrorView> errors() {
        return mails.errors(ERRORS_MAX).stream().map(DefaultConversationService::view).toList();
    }

    private static MailErrorView view(MailError e) {
        return new MailErrorView(e.getId(), e.getMailbox(), e.getMessageId(), e.getFromAddress(), e.getSubject(),
                e.getSize(), e.getReason(), e.getFailedAt(), e.isRetryRequested());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public void retry(long errorId) {
        MailError error = mails.error(errorId).orElseThrow(() -> new NotFoundException("notFound.mailError",
                "There is no unreadable mail {0}.", String.valueOf(errorId)));
        error.requestRetry(caller.username());
        retryRequested.fire(new MailboxReaders.RetryRequested(error.getMailbox()));
    }

    private ServiceTicket ticket(String number) {
        return tickets.byNumber(number).orElseThrow(() -> new NotFoundException("notFound.serviceTicket",
                "There is no service ticket {0}.", number));
    }

    private InboundMail mail(long id) {
        return mails.byId(id).orElseThrow(() -> new NotFoundException("notFound.mail", "There is no mail {0}.",
                String.valueOf(id)));
    }
}
