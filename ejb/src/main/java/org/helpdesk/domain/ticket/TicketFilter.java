package org.helpdesk.domain.ticket;

import java.time.Instant;
import org.helpdesk.domain.text.PlainText;

/**
 * Which service tickets to list; every field is optional. {@code from} is inclusive and {@code to} exclusive, on
 * the time the ticket was opened. {@code text} is looked for, ignoring case, in the subject and the description.
 * {@code openOnly} leaves out closed tickets; {@code unassigned} keeps only tickets nobody has taken, or with an
 * {@code assignee} the tickets of that operator and those nobody has taken (whom the warnings address); {@code due}
 * keeps the tickets with a milestone breached or soon due (their clocks as last replayed, {@link ClockReadings}).
 */
@PlainText
public record TicketFilter(String customer, ServiceTicketState state, Severity severity, RequestKind kind,
        Channel channel, String assignee, Instant from, Instant to, String text, boolean openOnly,
        boolean unassigned, Due due) implements java.io.Serializable {

    /** Where a ticket's soonest pending milestone stands against its due time. */
    public enum Due {
        /** Past its due time, not reached. */
        BREACHED,
        /** Past its warning (a share of the target, default 80%), not yet due. */
        SOON,
        /** Past its warning, due or not: {@link #SOON} and {@link #BREACHED} together, what the warnings are about. */
        AT_RISK
    }

    public TicketFilter(String customer, ServiceTicketState state, Severity severity, RequestKind kind,
            Channel channel, String assignee, Instant from, Instant to, String text, boolean openOnly,
            boolean unassigned) {
        this(customer, state, severity, kind, channel, assignee, from, to, text, openOnly, unassigned, null);
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, false, false);
    }

    public TicketFilter withAssignee(String username) {
        return new TicketFilter(customer, state, severity, kind, channel, username, from, to, text, openOnly,
                unassigned, due);
    }

    /** @return whether only the tickets nobody has taken are wanted (all of them New: open) */
    public boolean nobodysOnly() {
        return unassigned && assignee == null;
    }

    public TicketFilter withDue(Due newDue) {
        return new TicketFilter(customer, state, severity, kind, channel, assignee, from, to, text, openOnly,
                unassigned, newDue);
    }
}
