package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.helpdesk.application.report.MonthCloseService;
import org.helpdesk.application.report.MonthCloseService.CloseMonth;
import org.helpdesk.application.report.MonthCloseService.ClosedMonth;

/** {@code /api/month-closes}: the closed months (staff); {@code POST {"month":"2026-03"}} closes one (ADMIN). */
@ApplicationScoped
@Path("month-closes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonthCloseResource {

    @EJB
    private MonthCloseService months;

    @GET
    public List<ClosedMonth> list() {
        return months.closedMonths();
    }

    @POST
    @Idempotent
    public Response close(CloseMonth command) {
        return Response.status(Response.Status.CREATED).entity(months.close(command)).build();
    }
}
