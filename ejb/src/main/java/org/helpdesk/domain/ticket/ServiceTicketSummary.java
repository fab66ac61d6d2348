package org.helpdesk.domain.ticket;

import java.time.Instant;


/** One line of a ticket list. */
public record ServiceTicketSummary(String number, ServiceTicketState state, String customerCode, Severity severity,
        RequestKind kind, Channel channel, String subject, String assignedOperator, Instant openedAt,
        Instant lastModifiedAt) implements java.io.Serializable {
}
