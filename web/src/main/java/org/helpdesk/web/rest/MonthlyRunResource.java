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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.report.MonthlyReportRuns;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * {@code /api/monthly-runs}: the monthly report run (ADMIN only). Start a month's run, follow it, restart it, retry
 * its failed mails, download the archived reports.
 */
@ApplicationScoped
@Path("monthly-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonthlyRunResource {

    /** {@code {"month":"2026-03","customers":["ACME"]}}: customers is optional (default every active customer). */
    public record StartRun(String month, List<String> customers) implements java.io.Serializable {
    }

    @EJB
    private MonthlyReportRuns runs;

    @GET
    public List<MonthlyReportRuns.RunView> list(@QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return runs.runs(Params.limit(limit, 200, 50));
    }

    @GET
    @Path("{execution}")
    public MonthlyReportRuns.RunView get(@PathParam("execution") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String execution) {
        long id = Params.id(execution, "execution");
        return runs.run(id).orElseThrow(() -> new NotFoundException("notFound.runExecution",
                "There is no run execution {0}.", String.valueOf(id)));
    }

    /** 202 with {@code executionId}; 422 for a month not begun or an unknown customer. */
    @POST
    public Response start(StartRun command) {
        if (command == null) {
            throw new InvalidValueException("value.runBodyRequired",
                    "Give the month of the run: '{'\"month\":\"2026-03\"'}'.");
        }
        return Response.accepted(Map.of("executionId", runs.start(month(command.month()), command.customers())))
                .build();
    }

    @POST
    @Path("{execution}/restart")
    public Response restart(@PathParam("execution") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String execution) {
        return Response.accepted(Map.of("executionId", runs.restart(Params.id(execution, "execution")))).build();
    }

    @GET
    @Path("failures")
    public List<MonthlyReportRuns.FailureView> failures(@QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String limit) {
        return runs.failures(Params.limit(limit, 500, 100));
    }

    /** Sends every failed report mail now: 200 with how many were sent. */
    @POST
    @Path("deliveries/retry")
    public Map<String, Integer> retryAll() {
        return Map.of("sent", runs.retryFailedDeliveries());
    }

    @POST
    @Path("deliveries/{id}/retry")
    public Map<String, Boolean> retry(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        return Map.of("sent", runs.retryDelivery(Params.id(id, "id")));
    }

    /** Starts the scheduled run most recently due if it never started: 200 with {@code started} (a month or null). */
    @POST
    @Path("catch-up")
    public Map<String, String> catchUp() {
        Map<String, String> answer = new HashMap<>();
        answer.put("started", runs.catchUp().map(YearMonth::toString).orElse(null));
        return answer;
    }

    @GET
    @Path("archive")
    public List<MonthlyReportRuns.ArchiveView> archive(@QueryParam("month") String month) {
        return runs.archive(Params.requiredMonth(month, "month"));
    }

    @GET
    @Path("archive/{id}")
    @Produces("application/pdf")
    public Response archived(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String id) {
        MonthlyReportRuns.ArchivedPdf pdf = runs.archivedPdf(Params.id(id, "id"));
        return Response.ok(pdf.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** The month in the body of a start: a value refused is a 422, as any invalid field of a body. */
    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw new InvalidValueException("value.runMonthFormatRequired", "Give the month as YYYY-MM, e.g. 2026-03.");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("value.runMonthFormat",
                    "The month ''{0}'' is not of the form YYYY-MM, e.g. 2026-03.", month);
        }
    }
}
