package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.web.support.UserSession;

/**
 * The badge in the menu of an operator: how many open tickets have a milestone at risk (past its warning, due or
 * not) among the operator's own and those nobody has taken, the tickets the milestone warnings are mailed about.
 * Counted at most once every {@link #FRESH} per session: the warnings themselves are looked for every 30 seconds.
 */
@Named
@SessionScoped
public class RiskBadge implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration FRESH = Duration.ofSeconds(30);

    @EJB
    private ServiceTicketService tickets;

    @Inject
    private UserSession session;

    private long count;
    private Instant countedAt;
    private String countedFor;

    /** @return the tickets at risk, 0 for a user who is no operator */
    public long getCount() {
        if (!session.hasRole(Role.Names.OPERATOR)) {
            return 0;
        }
        String me = session.getUser().username();
        Instant now = Instant.now();
        if (countedAt == null || !me.equals(countedFor) || countedAt.plus(FRESH).isBefore(now)) {
            count = tickets.count(filter(me));
            countedAt = now;
            countedFor = me;
        }
        return count;
    }

    /** @return the list's parameters for the same tickets */
    public String getQuery() {
        return "open=true&due=AT_RISK&unassigned=true&assignee=" + session.getUser().username();
    }

    static TicketFilter filter(String operator) {
        return new TicketFilter(null, null, null, null, null, operator, null, null, null, true, true)
                .withDue(TicketFilter.Due.AT_RISK);
    }
}
