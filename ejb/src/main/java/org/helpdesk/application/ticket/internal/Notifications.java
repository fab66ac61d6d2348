package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.helpdesk.application.survey.internal.SurveyLifecycle;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.survey.SatisfactionSurvey;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.infrastructure.mail.MailTemplates;
import org.helpdesk.infrastructure.mail.Outbox;
import org.helpdesk.reports.Durations;

/**
 * Decides who is told what, in which language, and queues it in the outbox within the caller's transaction:
 * a blocking problem to managers and on-duty programmers, the update sent and the closure (with the satisfaction
 * questionnaire's link) to the customer's contact, and the questionnaire's one reminder. A recipient without an
 * e-mail address is skipped.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifications {

    @EJB
    private Outbox outbox;

    @Inject
    private StaffMembers staff;

    @Inject
    private Conversations conversations;

    public void blockingProblemOpened(ProgrammingTicket programming, ServiceTicket service) {
        for (StaffUser user : staff.blockingProblemRecipients()) {
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
            outbox.enqueue("service.update-sent", service.getNumber(),
                    conversations.addressing(service, contact.getEmail(), null), language,
                    service.getNumber(), service.getSubject(), programming.getUpdateVersion(),
                    date(programming.getUpdateSentOn(), language), programming.getUpdateMeans(), contact.getName());
        }
    }

    /** The closure, with the link to the satisfaction questionnaire sent for it. */
    public void closed(ServiceTicket service, SurveyLifecycle.Invitation survey) {
        Contact contact = service.getContact();
        if (contact != null && hasAddress(contact.getEmail()) && survey != null) {
            Locale language = contact.getLanguage();
            outbox.enqueue("service.closed", service.getNumber(),
                    conversations.addressing(service, contact.getEmail(), null), language,
                    service.getNumber(), service.getSubject(),
                    date(HelpDeskCalendar.dateOf(service.getClosedAt()), language), contact.getName(),
                    service.getClosure().orElseThrow().agreedWith(), survey.link(),
                    date(HelpDeskCalendar.dateOf(survey.expiresAt()), language));
        }
    }

    /**
     * A customer comment, mailed to the ticket's contact (or, for a ticket without one, to whoever wrote the
     * ticket's last mail) and to those in copy of the customer's last mail, threaded under it.
     */
    public void customerUpdate(ServiceTicket service, Comment comment) {
        Conversations.Mailing mailing = conversations.toCustomer(service, comment.getId());
        if (mailing == null) {
            return;
        }
        Conversations.Recipient recipient = mailing.recipient();
        outbox.enqueue("service.reply", service.getNumber(), mailing.addressing(), recipient.language(),
                service.getNumber(), service.getSubject(), comment.getText(), recipient.name());
    }

    /** The acknowledgement of a new ticket opened by a mail, to its sender, in their language. */
    public void mailAcknowledged(ServiceTicket service, InboundMail mail) {
        Conversations.Recipient recipient = conversations.recipient(service, mail);
        outbox.enqueue("mail.acknowledgement", service.getNumber(),
                new Outbox.Addressing(mail.getFromAddress(), List.of(), conversations.replyAddress(mail),
                        mail.getMessageId(), Conversations.references(mail), null),
                recipient.language(), service.getNumber(), service.getSubject(), recipient.name());
    }

    /**
     * A milestone of a ticket is due soon: to its operator, or to every operator on duty while nobody has it, each
     * in their language.
     */
    public void milestoneWarning(ServiceTicket service, MilestoneClocks.Clock clock) {
        List<StaffUser> recipients = service.getAssignedOperator() == null
                ? staff.activeWithRole(Role.OPERATOR).stream().filter(StaffUser::isOnDuty).toList()
                : staff.byUsername(service.getAssignedOperator()).stream().toList();
        for (StaffUser user : recipients) {
            if (hasAddress(user.getEmail())) {
                Locale language = user.getLanguage();
                outbox.enqueue("service.milestone-warning", service.getNumber(), user.getEmail(), language,
                        service.getNumber(), service.getSubject(),
                        MailTemplates.label("milestone." + clock.milestone().name(), language),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(MailTemplates.supported(language)).withZone(HelpDeskCalendar.ZONE)
                                .format(clock.dueAt()),
                        service.getCustomer().getName(),
                        MailTemplates.label("severity." + service.getSeverity().name(), language),
                        Durations.elapsed(clock.elapsedMinutes()), Durations.elapsed(clock.target().toMinutes()));
            }
        }
    }

    /** The one reminder of a questionnaire not answered yet, to the address it was sent to. */
    public void surveyReminder(SatisfactionSurvey survey, SurveyLifecycle.Invitation invitation) {
        ServiceTicket service = survey.getTicket();
        Locale language = survey.getLanguage();
        String name = service.getContact() == null ? survey.getRecipient() : service.getContact().getName();
        outbox.enqueue("survey.reminder", service.getNumber(), survey.getRecipient(), language,
                service.getNumber(), service.getSubject(), name, invitation.link(),
                date(HelpDeskCalendar.dateOf(invitation.expiresAt()), language));
    }

    private static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }

    private static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MailTemplates.supported(language))
                .format(date);
    }
}
