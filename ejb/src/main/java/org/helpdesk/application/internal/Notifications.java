package org.helpdesk.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.infrastructure.mail.MailTemplates;
import org.helpdesk.infrastructure.mail.Outbox;
import org.helpdesk.infrastructure.persistence.TicketRepository;

/**
 * Decides who is told what, in which language, and queues it in the outbox within the caller's transaction:
 * a blocking problem to managers and on-duty programmers, the update sent and the closure to the customer's
 * contact. A recipient without an e-mail address is skipped.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifications {

    @EJB
    private Outbox outbox;

    @EJB
    private TicketRepository repository;

    public void blockingProblemOpened(ProgrammingTicket programming, ServiceTicket service) {
        for (StaffUser user : repository.blockingProblemRecipients()) {
            if (hasAddress(user.getEmail())) {
                Locale language = user.getLanguage();
                outbox.enqueue("programming.high-opened", programming.getNumber(), user.getEmail(), language,
                        programming.getNumber(), programming.getTitle(),
                        MailTemplates.label("severity." + programming.getUrgency().name(), language),
                        service.getNumber(), service.getCustomer().getName(), programming.getDescription(),
                        programming.getOpenedBy());
            }
        }
    }

    public void updateSent(ServiceTicket service, ProgrammingTicket programming) {
        Contact contact = service.getContact();
        if (contact != null && hasAddress(contact.getEmail())) {
            Locale language = contact.getLanguage();
            outbox.enqueue("service.update-sent", service.getNumber(), contact.getEmail(), language,
                    service.getNumber(), service.getSubject(), programming.getUpdateVersion(),
                    date(programming.getUpdateSentOn(), language), programming.getUpdateMeans(), contact.getName());
        }
    }

    public void closed(ServiceTicket service) {
        Contact contact = service.getContact();
        if (contact != null && hasAddress(contact.getEmail())) {
            Locale language = contact.getLanguage();
            outbox.enqueue("service.closed", service.getNumber(), contact.getEmail(), language,
                    service.getNumber(), service.getSubject(),
                    date(service.getClosedAt().atZone(ZoneOffset.UTC).toLocalDate(), language), contact.getName(),
                    service.getClosureAgreedWith());
        }
    }

    private static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }

    private static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MailTemplates.supported(language))
                .format(date);
    }
}
