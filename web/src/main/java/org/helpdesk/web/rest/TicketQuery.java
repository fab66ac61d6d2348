package org.helpdesk.web.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;

/**
 * The filters of a service-ticket list, as query parameters ({@code @BeanParam}): {@code customer} (code),
 * {@code state}, {@code severity}, {@code kind}, {@code channel}, {@code assignee}, {@code from}/{@code to} (opened at;
 * a date or an instant), {@code text} (in subject or description), {@code open=true}, {@code unassigned=true},
 * {@code due=BREACHED} or {@code SOON}; and
 * the order, {@code sort}: {@code opened}, {@code changed}, {@code severity}, {@code state} or {@code customer},
 * with a leading {@code -} for descending (default {@code -opened}, newest first).
 */
public class TicketQuery {

    @QueryParam("customer")
    private String customer;
    @QueryParam("state")
    private String state;
    @QueryParam("severity")
    private String severity;
    @QueryParam("kind")
    private String kind;
    @QueryParam("channel")
    private String channel;
    @QueryParam("assignee")
    private String assignee;
    @QueryParam("from")
    private String from;
    @QueryParam("to")
    private String to;
    @QueryParam("text")
    private String text;
    @QueryParam("open")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    private String open;
    @QueryParam("unassigned")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    private String unassigned;
    @QueryParam("due")
    @Parameter(description = "BREACHED: a milestone past its due time; SOON: past its warning, not yet due")
    private String due;
    @QueryParam("sort")
    private String sort;

    /** @throws jakarta.ws.rs.BadRequestException for an order the list does not know */
    TicketOrder order() {
        return Params.order(sort);
    }

    /** @throws jakarta.ws.rs.BadRequestException naming the parameter whose value is not valid */
    TicketFilter toFilter() {
        return new TicketFilter(absentIfBlank(customer),
                Params.enumValue(ServiceTicketState.class, state, "state"),
                Params.enumValue(Severity.class, severity, "severity"),
                Params.enumValue(RequestKind.class, kind, "kind"),
                Params.enumValue(Channel.class, channel, "channel"),
                absentIfBlank(assignee), Params.instant(from, "from"), Params.instant(to, "to"), text,
                Params.flag(open, "open"), Params.flag(unassigned, "unassigned"),
                Params.enumValue(TicketFilter.Due.class, due, "due"));
    }

    /** {@code ?customer=} filters nothing, as if it were not there. */
    private static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
