package org.helpdesk.domain.ticket;

import java.time.Instant;
import org.helpdesk.domain.text.PlainText;

/**
 * Which service tickets to list; every field is optional. {@code from} is inclusive and {@code to} exclusive, on
 * the time the ticket was opened. {@code text} is looked for, ignoring case, in the subject and the description.
 * {@code openOnly} leaves out closed tickets; {@code unassigned} keeps only tickets nobody has taken.
 */
@PlainText
public record TicketFilter(String customer, ServiceTicketState state, Severity severity, RequestKind kind,
        Channel channel, String assignee, Instant from, Instant to, String text, boolean openOnly,
        boolean unassigned) {

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, false, false);
    }

    public TicketFilter withAssignee(String username) {
        return new TicketFilter(customer, state, severity, kind, channel, username, from, to, text, openOnly,
                unassigned);
    }
}
