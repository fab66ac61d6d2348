package org.helpdesk.application.mail.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.helpdesk.application.ticket.internal.TicketClocks;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.time.HelpDeskCalendar;

/** Opens the ticket a mail asks for: when it is read, or when an operator assigns a waiting mail to a customer. */
@Dependent
class MailTickets {

    /** Who opens the tickets that mails open, in their history. */
    static final String ACTOR = "mail";

    @Inject
    private ServiceTickets tickets;

    @Inject
    private TicketHistory history;

    @Inject
    private TicketClocks clocks;

    /** Opens a ticket from a mail's subject and text, in the caller's transaction. */
    ServiceTicket open(Customer customer, Contact contact, String subject, String text, String followsUp,
            Instant now) {
        ServiceTicket ticket = ServiceTicket.fromMail(tickets.nextNumber(HelpDeskCalendar.yearOf(now)),
                customer, contact, subject(subject), description(text), followsUp, ACTOR, now);
        // Its clocks before it is persisted, so that its one insert carries them.
        clocks.record(ticket, now);
        tickets.add(ticket);
        history.record(ticket);
        return ticket;
    }

    static String subject(String subject) {
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty()) {
            return "(no subject)";
        }
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    static String description(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return "(no text: see the mail and its attachments)";
        }
        return s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
    }
}
