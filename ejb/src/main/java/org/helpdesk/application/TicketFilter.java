package org.helpdesk.application;

import java.time.Instant;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/**
 * Which service tickets to list; every field is optional. {@code from} is inclusive and {@code to} exclusive, on
 * the time the ticket was opened.
 */
public record TicketFilter(String customer, ServiceTicketState state, Severity severity, RequestKind kind,
        Channel channel, String assignee, Instant from, Instant to) {

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null);
    }
}
