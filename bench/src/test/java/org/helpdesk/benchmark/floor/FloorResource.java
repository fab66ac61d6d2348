package org.helpdesk.benchmark.floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code POST /floor/api/service-tickets}: JAX-RS with JSON-B in and out, a JTA transaction (CDI
 * {@code @Transactional}), the two rows by JDBC on the enlisted connection. Nothing else.
 */
@ApplicationScoped
@Path("service-tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    @Inject
    private FloorTickets tickets;

    @Context
    private UriInfo uri;

    @POST
    @Transactional
    public Response open(FloorTickets.Request request) throws SQLException {
        try (Connection connection = tickets.dataSource().getConnection()) {
            FloorTickets.Opened opened = tickets.open(connection, request, "operator");
            return Response.created(uri.getAbsolutePathBuilder().path(opened.number()).build()).entity(opened)
                    .build();
        } catch (FloorTickets.UnknownCustomer e) {
            return Response.status(Response.Status.NOT_FOUND).entity(e.getMessage()).type(MediaType.TEXT_PLAIN)
                    .build();
        }
    }
}
