package org.helpdesk.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.customer.CustomerService;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.Attention;
import org.helpdesk.application.mail.ConversationService.WaitingMail;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * "Mail waiting for you" on the operator's home: every mail that waits for an operator, oldest first. A mail from an
 * unknown sender or held by the rate limit gets its ticket here: choose the customer (and whether the sender becomes
 * their contact, in which language) and assign, which opens the ticket and names it with a link. Any waiting mail
 * can be dismissed. A new contact and a reply after the closure are settled on their ticket too, which is linked.
 */
@Named
@ViewScoped
public class WaitingMails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the operator chose for one mail before assigning it. */
    public static final class Assignment implements Serializable {

        private static final long serialVersionUID = 1L;
        private String customer;
        private boolean addContact = true;
        private String language;

        Assignment(String language) {
            this.language = language;
        }

        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        public boolean isAddContact() {
            return addContact;
        }

        public void setAddContact(boolean addContact) {
            this.addContact = addContact;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    @EJB
    private ConversationService conversations;

    @EJB
    private CustomerService customers;

    @Inject
    private UserSession session;

    private List<WaitingMail> mails = List.of();
    private boolean shown;
    private final Map<Long, Assignment> assignments = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** The ticket the last assignment opened, named with a link until the next action. */
    private String opened;

    @PostConstruct
    void load() {
        shown = session.hasRole(Role.Names.OPERATOR) || session.hasRole(Role.Names.ADMIN);
        if (shown) {
            refresh();
        }
    }

    /** The queue as it is now; each mail to assign gets its form's values (kept across a refused attempt). */
    private void refresh() {
        mails = conversations.waiting();
        mails.forEach(m -> assignments.computeIfAbsent(m.id(), id -> new Assignment(session.getLanguage())));
    }

    /** Whether the operator chooses the customer here: nobody knows the sender, or the rate limit held the mail. */
    public boolean assignable(WaitingMail mail) {
        return (mail.attention() == Attention.UNKNOWN_SENDER || mail.attention() == Attention.RATE_LIMITED)
                && mail.ticketNumber() == null && session.hasRole(Role.Names.OPERATOR);
    }

    /** Only operators settle waiting mails; an administrator sees the queue. */
    public boolean isOperator() {
        return session.hasRole(Role.Names.OPERATOR);
    }

    /** The values the operator chose for the mail (made when the queue was read). */
    public Assignment assignment(WaitingMail mail) {
        return assignments.get(mail.id());
    }

    /** Codes of the active customers whose code or name contains {@code text}; labels kept for display. */
    public List<String> completeCustomer(String text) {
        List<CustomerService.CustomerView> found = customers.search(text, 15).stream()
                .filter(CustomerService.CustomerView::active).toList();
        found.forEach(c -> labels.put(c.code(), c.code() + " - " + c.name()));
        return found.stream().map(CustomerService.CustomerView::code).toList();
    }

    public String labelOf(String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    public void assign(WaitingMail mail) {
        opened = null;
        Assignment chosen = assignment(mail);
        if (chosen == null || chosen.getCustomer() == null || chosen.getCustomer().isBlank()) {
            Messages.error(Messages.format("mail.customerMissing"));
            return;
        }
        ServiceTicketView created = Messages.attempt(() -> conversations.assign(mail.id(), chosen.getCustomer(),
                chosen.isAddContact(), chosen.isAddContact() ? chosen.getLanguage() : null));
        if (created != null) {
            assignments.remove(mail.id());
            opened = created.number();
            refresh();
        }
    }

    public void dismiss(WaitingMail mail) {
        opened = null;
        if (Messages.attempt(() -> conversations.dismiss(mail.id()))) {
            Messages.info("mail.done.dismissed");
            refresh();
        }
    }

    public boolean isShown() {
        return shown;
    }

    public List<WaitingMail> getMails() {
        return mails;
    }

    public String getOpened() {
        return opened;
    }
}
