package org.helpdesk.web.ticket;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.web.support.UserSession;

/** The home screen: the operator's four queues with their counts, newest first. */
@Named
@ViewScoped
public class OperatorHome implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 10;

    /** One queue: how many tickets it holds and the newest of them. */
    public record Queue(String key, long count, List<ServiceTicketSummary> newest, String searchQuery) implements java.io.Serializable {
    }

    @EJB
    private ServiceTicketService tickets;

    @Inject
    private UserSession session;

    private List<Queue> queues = List.of();

    @PostConstruct
    void load() {
        if (!session.hasRole(Role.Names.OPERATOR) && !session.hasRole(Role.Names.ADMIN)) {
            return;
        }
        TicketFilter open = new TicketFilter(null, null, null, null, null, null, null, null, null, true, false);
        TicketFilter unassigned = new TicketFilter(null, null, null, null, null, null, null, null, null, true, true);
        TicketFilter high = new TicketFilter(null, null, Severity.HIGH, null, null, null, null, null, null, true,
                false);
        TicketFilter awaiting = new TicketFilter(null, ServiceTicketState.AWAITING_VERIFICATION, null, null, null,
                null, null, null, null, false, false);
        String me = session.getUser().username();
        queues = List.of(
                queue("home.breached", open.withDue(TicketFilter.Due.BREACHED), "open=true&due=BREACHED"),
                queue("home.soonDue", open.withDue(TicketFilter.Due.SOON), "open=true&due=SOON"),
                queue("home.mine", open.withAssignee(me), "open=true&assignee=" + me),
                queue("home.unassigned", unassigned, "open=true&unassigned=true"),
                queue("home.high", high, "open=true&severity=HIGH"),
                queue("home.awaiting", awaiting, "state=AWAITING_VERIFICATION"));
    }

    private Queue queue(String key, TicketFilter filter, String query) {
        return new Queue(key, tickets.count(filter), tickets.list(filter, null, SHOWN).items(), query);
    }

    public List<Queue> getQueues() {
        return queues;
    }
}
