package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.TimelineEntry;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.AgreeClosure;
import org.helpdesk.application.ticket.TicketCommands.EditServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Escalate;
import org.helpdesk.application.ticket.TicketCommands.Link;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.OpenServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Reassign;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Resume;
import org.helpdesk.application.ticket.TicketCommands.Verification;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketCommands.WaitForCustomer;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ServiceTicketSummary;

/**
 * {@code /api/service-tickets}: create, read, list and every transition of a service ticket. Each change is a
 * {@code POST} to a sub-resource named after it, with the {@code version} the caller last read.
 */
@ApplicationScoped
@Path("service-tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceTicketResource {

    @EJB
    private ServiceTicketService tickets;

    @EJB
    private ConversationService conversations;

    @Context
    private UriInfo uri;

    @POST
    @Idempotent
    public Response open(OpenServiceTicket command) {
        ServiceTicketView created = tickets.open(command);
        return Response.created(uri.getAbsolutePathBuilder().path(created.number()).build()).entity(created).build();
    }

    /**
     * Filtered and sorted by {@link TicketQuery} (newest first by default). Paging: {@code limit} (1-500, default 50)
     * and {@code after}, the {@code next} of the previous page with the same {@code sort}.
     */
    @GET
    public Page<ServiceTicketSummary> list(@BeanParam TicketQuery query, @QueryParam("after") String after,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return tickets.list(query.toFilter(), query.order(), after, Params.limit(limit));
    }

    /** How many tickets the list with the same filters shows on all its pages together ({@code sort} is ignored). */
    @GET
    @Path("count")
    public TicketCount count(@BeanParam TicketQuery query) {
        return new TicketCount(tickets.count(query.toFilter()));
    }

    /** @param count the tickets that match */
    public record TicketCount(long count) implements java.io.Serializable {
    }

    @GET
    @Path("{number}")
    public ServiceTicketView get(@PathParam("number") String number) {
        return tickets.get(number);
    }

    @POST
    @Path("{number}/details")
    public ServiceTicketView edit(@PathParam("number") String number, EditServiceTicket command) {
        return tickets.edit(number, command);
    }

    @POST
    @Path("{number}/take-charge")
    public ServiceTicketView takeCharge(@PathParam("number") String number, Versioned command) {
        return tickets.takeCharge(number, command);
    }

    @POST
    @Path("{number}/assignment")
    public ServiceTicketView reassign(@PathParam("number") String number, Reassign command) {
        return tickets.reassign(number, command);
    }

    @POST
    @Path("{number}/escalation")
    @Idempotent
    public Response escalate(@PathParam("number") String number, Escalate command) {
        ProgrammingTicketView created = tickets.escalate(number, command);
        return Response.created(uri.getBaseUriBuilder().path("programming-tickets").path(created.number()).build())
                .entity(created).build();
    }

    @POST
    @Path("{number}/links")
    public ServiceTicketView link(@PathParam("number") String number, Link command) {
        return tickets.link(number, command);
    }

    @POST
    @Path("{number}/resolution")
    public ServiceTicketView markResolved(@PathParam("number") String number, Versioned command) {
        return tickets.markResolved(number, command);
    }

    /** The question goes to the customer as an update; the resolution clock stands still until they answer. */
    @POST
    @Path("{number}/waiting")
    public ServiceTicketView waitForCustomer(@PathParam("number") String number, WaitForCustomer command) {
        return tickets.waitForCustomer(number, command);
    }

    /** The customer answered some other way: the resolution clock runs again. */
    @POST
    @Path("{number}/resumption")
    public ServiceTicketView resume(@PathParam("number") String number, Resume command) {
        return tickets.resume(number, command);
    }

    @POST
    @Path("{number}/verification")
    public ServiceTicketView verify(@PathParam("number") String number, Verification command) {
        return tickets.recordVerification(number, command);
    }

    @POST
    @Path("{number}/closure")
    public ServiceTicketView close(@PathParam("number") String number, AgreeClosure command) {
        return tickets.agreeClosure(number, command);
    }

    @POST
    @Path("{number}/reopening")
    public ServiceTicketView reopen(@PathParam("number") String number, Reopen command) {
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

    /**
     * The conversation: the customer's mails, the replies sent (with their delivery) and the internal notes, oldest
     * first. The replies are written as comments ({@code POST …/comments}).
     */
    @GET
    @Path("{number}/messages")
    public List<TimelineEntry> messages(@PathParam("number") String number) {
        return conversations.timeline(number);
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

    /** Every change to the ticket, oldest first. */
    @GET
    @Path("{number}/audit")
    public List<AuditEntryView> audit(@PathParam("number") String number) {
        return tickets.audit(number);
    }
}
