package org.helpdesk.application.ticket.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.mail.InboundMails;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.infrastructure.mail.MailTemplates;
import org.helpdesk.infrastructure.mail.Outbox;
import org.helpdesk.infrastructure.mail.inbound.MailInConfiguration;

/**
 * Who a mail about a ticket goes to, in which language, and the headers that keep it in the customer's thread:
 * In-Reply-To the customer's last mail (or our last one), References from the mail that started the conversation,
 * Cc whoever the customer copied, Reply-To the mailbox the customer wrote to.
 */
@Dependent
class Conversations {

    /** Who receives the mails about a ticket. */
    record Recipient(String address, String name, Locale language) implements java.io.Serializable {
    }

    @Inject
    private InboundMails mails;

    @Inject
    private OutboxMessages outbox;

    @Inject
    private MailInConfiguration configuration;

    /** Who receives a mail about the ticket, and how it is threaded. */
    record Mailing(Recipient recipient, Outbox.Addressing addressing) implements java.io.Serializable {
    }

    /**
     * To the ticket's contact when they have an address, else to the sender of the ticket's last mail, threaded in the
     * conversation.
     *
     * @param commentId the customer comment the mail delivers, or null
     * @return null when there is nobody to mail
     */
    Mailing toCustomer(ServiceTicket ticket, Long commentId) {
        Optional<InboundMails.Ends> ends = mails.endsOf(ticket);
        Contact contact = ticket.getContact();
        Recipient recipient;
        if (contact != null && contact.getEmail() != null && !contact.getEmail().isBlank()) {
            recipient = new Recipient(contact.getEmail(), contact.getName(), contact.getLanguage());
        } else if (ends.isPresent()) {
            recipient = recipient(ticket, ends.get().latest());
        } else {
            return null;
        }
        return new Mailing(recipient, addressing(ticket, recipient.address(), commentId, ends));
    }

    /** The sender of {@code mail}, named and addressed as the ticket's contact when they are. */
    Recipient recipient(ServiceTicket ticket, InboundMail mail) {
        Contact contact = ticket.getContact();
        if (contact != null && contact.getEmail() != null && contact.getEmail().equalsIgnoreCase(mail.getFromAddress())) {
            return new Recipient(mail.getFromAddress(), contact.getName(), contact.getLanguage());
        }
        Locale language = mail.languageOr(contact != null ? contact.getLanguage() : Locale.ENGLISH);
        return new Recipient(mail.getFromAddress(), mail.getSenderName(), MailTemplates.supported(language));
    }

    /** To {@code recipient}, threaded in the ticket's conversation. */
    Outbox.Addressing addressing(ServiceTicket ticket, String recipient, Long commentId) {
        return addressing(ticket, recipient, commentId, mails.endsOf(ticket));
    }

    private Outbox.Addressing addressing(ServiceTicket ticket, String recipient, Long commentId,
            Optional<InboundMails.Ends> ends) {
        Optional<InboundMail> first = ends.map(InboundMails.Ends::first);
        Optional<InboundMail> last = ends.map(InboundMails.Ends::latest);
        Optional<OutboxMessage> ours = outbox.lastThreaded(ticket.getNumber());
        Set<String> references = new LinkedHashSet<>();
        first.ifPresent(m -> references.addAll(references(m)));
        ours.ifPresent(m -> references.add(m.getMessageId()));
        last.ifPresent(m -> references.add(m.getMessageId()));
        String inReplyTo = last.map(InboundMail::getMessageId)
                .orElse(ours.map(OutboxMessage::getMessageId).orElse(null));
        List<String> cc = new ArrayList<>();
        Set<String> own = configuration.settings().ownAddresses();
        last.ifPresent(m -> m.getCc().stream()
                .filter(a -> !own.contains(a) && !a.equalsIgnoreCase(recipient) && !cc.contains(a))
                .forEach(cc::add));
        return new Outbox.Addressing(recipient, cc, last.map(this::replyAddress).orElse(null), inReplyTo,
                new ArrayList<>(references), commentId);
    }

    /** @return the address of the mailbox the mail came to, for the answers to go back there */
    String replyAddress(InboundMail mail) {
        return configuration.settings().mailbox(mail.getMailbox()).map(m -> m.address()).orElse(null);
    }

    /** @return the References of an answer to {@code mail}: its own, then its Message-ID */
    static List<String> references(InboundMail mail) {
        List<String> ids = new ArrayList<>(mail.getReferences());
        ids.add(mail.getMessageId());
        return ids;
    }
}
