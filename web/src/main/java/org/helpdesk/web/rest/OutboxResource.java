package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.mail.OutboxService;

/** {@code /api/outbox}: the mails Helpdesk sent or is trying to send, with their status. ADMIN only. */
@ApplicationScoped
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @EJB
    private OutboxService outbox;

    @GET
    public List<OutboxService.MessageView> recent(@QueryParam("ticket") String ticket,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return outbox.recent(ticket == null || ticket.isBlank() ? null : ticket.strip(), Params.limit(limit, 500, 100));
    }

    /** Sends every unsent mail now (after an SMTP outage, say): 202 with how many will be tried. */
    @POST
    @Path("retry")
    public Response retryNow() {
        return Response.accepted(Map.of("retrying", outbox.retryNow())).build();
    }
}
