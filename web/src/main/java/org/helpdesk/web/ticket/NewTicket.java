package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.customer.CustomerService;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.OpenServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * The new-ticket form, made for a call in progress: type a few letters of the customer, pick the contact, and the
 * most common choices are already set (phone, Average). Once the customer is chosen, their latest tickets are shown
 * beside the form, to spot a call about one already open. An operator takes the call in charge with the same button
 * ("take charge now", on by default).
 */
@Named
@ViewScoped
public class NewTicket implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customers;

    @EJB
    private ServiceTicketService tickets;

    @Inject
    private UserSession session;

    static final int RECENT = 8;

    private String customer;
    private Long contactId;
    private Channel channel = Channel.PHONE;
    private RequestKind kind = RequestKind.SOFTWARE_BUG;
    private Severity severity = Severity.AVERAGE;
    private String subject;
    private String description;
    private List<CustomerService.ContactView> contacts = List.of();
    private List<ServiceTicketSummary> recent = List.of();
    private boolean takeChargeNow = true;
    private final Map<String, String> labels = new HashMap<>();

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

    /** After a customer is chosen: their active contacts, the first one preselected. */
    public void customerChosen() {
        contacts = customer == null || customer.isBlank() ? List.of()
                : customers.get(customer).contacts().stream().filter(CustomerService.ContactView::active).toList();
        contactId = contacts.isEmpty() ? null : contacts.get(0).id();
        recent = customer == null || customer.isBlank() ? List.of()
                : tickets.list(new TicketFilter(customer, null, null, null, null, null, null, null, null, false,
                        false), null, RECENT).items();
    }

    public void save() throws IOException {
        ServiceTicketView created = Messages.attempt(() -> tickets.open(new OpenServiceTicket(customer, contactId,
                channel, kind, severity, subject, description)));
        if (created != null) {
            if (isTakeChargeOffered() && takeChargeNow && Messages.attempt(() -> tickets.takeCharge(created.number(),
                    new Versioned(created.version()))) != null) {
                Messages.info("done.createdAndTaken", created.number());
            } else {
                Messages.info("done.created", created.number());
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("created", created.number());
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/app/tickets/detail.xhtml?number="
                    + created.number());
        }
    }

    /** Only operators take charge; an administrator opens the ticket for them. */
    public boolean isTakeChargeOffered() {
        return session.hasRole(Role.Names.OPERATOR);
    }

    public boolean isTakeChargeNow() {
        return takeChargeNow;
    }

    public void setTakeChargeNow(boolean takeChargeNow) {
        this.takeChargeNow = takeChargeNow;
    }

    /** The chosen customer's latest tickets, newest first. */
    public List<ServiceTicketSummary> getRecent() {
        return recent;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public List<CustomerService.ContactView> getContacts() {
        return contacts;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
