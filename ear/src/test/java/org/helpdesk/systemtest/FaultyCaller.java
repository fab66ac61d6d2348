package org.helpdesk.systemtest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;

/**
 * Never part of Helpdesk: {@link ProblemResponsesIT} adds it to the REST API of its own deployment, as a caller with
 * a bug, to see from outside what a fault of ours looks like. Every request to it is one; none is a user's mistake.
 */
@Path("test-faults")
@RequestScoped
public class FaultyCaller {

    @EJB
    private ServiceTicketService tickets;

    /** Asks the service for pages of no tickets at all, which no screen and no API parameter can ask for. */
    @GET
    @Path("in-a-service")
    @Produces(MediaType.APPLICATION_JSON)
    public Object inAService() {
        return tickets.list(TicketFilter.all(), TicketOrder.NEWEST_FIRST, null, 0);
    }

    /** A bug of the web layer's own, outside any service. */
    @GET
    @Path("in-the-web-layer")
    @Produces(MediaType.APPLICATION_JSON)
    public Object inTheWebLayer() {
        throw new IllegalArgumentException("A bug of the web layer, provoked by ProblemResponsesIT");
    }
}
