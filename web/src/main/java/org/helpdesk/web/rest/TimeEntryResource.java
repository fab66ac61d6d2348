package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.Reversal;

/** {@code /api/time-entries/{id}/reversal}: corrects a time entry by appending its reversal. */
@ApplicationScoped
@Path("time-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

    @EJB
    private ServiceTicketService tickets;

    @POST
    @Path("{id}/reversal")
    @Idempotent
    public Response reverse(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id, Reversal command) {
        return Response.status(Response.Status.CREATED).entity(tickets.reverseTimeEntry(Params.id(id, "id"), command))
                .build();
    }
}
