package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.ticket.ProgrammingTicketService;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.Assign;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Schedule;
import org.helpdesk.application.ticket.TicketCommands.UpdateSent;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.domain.ticket.Severity;

/** {@code /api/programming-tickets}: the second level. Programming tickets are opened by escalating a service ticket. */
@ApplicationScoped
@Path("programming-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammingTicketResource {

    @EJB
    private ProgrammingTicketService tickets;

    /** Newest first. Filters: {@code state}, {@code urgency}, {@code assignee}; paging as for service tickets. */
    @GET
    public Page<ProgrammingTicketSummary> list(@QueryParam("state") String state,
            @QueryParam("urgency") String urgency, @QueryParam("assignee") String assignee,
            @QueryParam("after") String after, @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return tickets.list(Params.enumValue(ProgrammingTicketState.class, state, "state"),
                Params.enumValue(Severity.class, urgency, "urgency"), assignee, after, Params.limit(limit));
    }

    @GET
    @Path("{number}")
    public ProgrammingTicketView get(@PathParam("number") String number) {
        return tickets.get(number);
    }

    @POST
    @Path("{number}/schedule")
    public ProgrammingTicketView schedule(@PathParam("number") String number, Schedule command) {
        return tickets.schedule(number, command);
    }

    @POST
    @Path("{number}/assignment")
    public ProgrammingTicketView assign(@PathParam("number") String number, Assign command) {
        return tickets.assign(number, command);
    }

    @POST
    @Path("{number}/start")
    public ProgrammingTicketView start(@PathParam("number") String number, Versioned command) {
        return tickets.start(number, command);
    }

    @POST
    @Path("{number}/fix-ready")
    public ProgrammingTicketView fixReady(@PathParam("number") String number, Versioned command) {
        return tickets.markFixReady(number, command);
    }

    @POST
    @Path("{number}/update-sent")
    public ProgrammingTicketView updateSent(@PathParam("number") String number, UpdateSent command) {
        return tickets.recordUpdateSent(number, command);
    }

    @POST
    @Path("{number}/reopening")
    public ProgrammingTicketView reopen(@PathParam("number") String number, Reopen command) {
        return tickets.reopen(number, command);
    }

    @GET
    @Path("{number}/comments")
    public List<CommentView> comments(@PathParam("number") String number) {
        return tickets.comments(number);
    }

    @POST
    @Path("{number}/comments")
    @Idempotent
    public Response comment(@PathParam("number") String number, AddComment command) {
        return Response.status(Response.Status.CREATED).entity(tickets.comment(number, command)).build();
    }

    @GET
    @Path("{number}/time-entries")
    public List<TimeEntryView> timeEntries(@PathParam("number") String number) {
        return tickets.timeEntries(number);
    }

    @POST
    @Path("{number}/time-entries")
    @Idempotent
    public Response logTime(@PathParam("number") String number, LogTime command) {
        return Response.status(Response.Status.CREATED).entity(tickets.logTime(number, command)).build();
    }

    @GET
    @Path("{number}/audit")
    public List<AuditEntryView> audit(@PathParam("number") String number) {
        return tickets.audit(number);
    }
}
