package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.helpdesk.application.report.ReportService;

/** {@code GET /api/reports/monthly/{customer}?month=2026-03}: the customer's monthly call report (PDF). */
@ApplicationScoped
@Path("reports")
public class ReportResource {

    @EJB
    private ReportService reports;

    @GET
    @Path("monthly/{customer}")
    @Produces("application/pdf")
    public Response monthly(@PathParam("customer") String customer, @QueryParam("month") String month) {
        YearMonth parsed = Params.requiredMonth(month, "month");
        byte[] pdf = reports.monthlyReport(customer, parsed);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + customer + "-" + parsed + ".pdf\"").build();
    }
}
