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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.customer.CustomerService;

/** {@code /api/customers}: search as you type ({@code ?q=}), read; ADMIN creates customers and contacts. */
@ApplicationScoped
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @EJB
    private CustomerService customers;

    @Context
    private UriInfo uri;

    @GET
    public List<CustomerService.CustomerView> search(@QueryParam("q") String text,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return customers.search(text, Params.limit(limit, 50, 20));
    }

    @GET
    @Path("{code}")
    public CustomerService.CustomerView get(@PathParam("code") String code) {
        return customers.get(code);
    }

    @POST
    @Idempotent
    public Response create(CustomerService.NewCustomer customer) {
        CustomerService.CustomerView created = customers.create(customer);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @POST
    @Path("{code}/contacts")
    @Idempotent
    public Response addContact(@PathParam("code") String code, CustomerService.NewContact contact) {
        return Response.status(Response.Status.CREATED).entity(customers.addContact(code, contact)).build();
    }
}
