package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helpdesk.application.calendar.CalendarService;
import org.helpdesk.application.calendar.CalendarService.AddClosedDays;
import org.helpdesk.application.calendar.CalendarService.CalendarChangeView;
import org.helpdesk.application.calendar.CalendarService.CalendarView;
import org.helpdesk.application.calendar.CalendarService.ChangeWeek;
import org.helpdesk.application.calendar.CalendarService.ClosedDaysView;
import org.helpdesk.application.calendar.CalendarService.DayView;
import org.helpdesk.application.calendar.CalendarService.ImportResult;

/**
 * {@code /api/calendar}: the working hours, the closed days and the national holidays the milestone clocks count
 * with (staff read them); ADMIN changes the hours, adds, removes and imports closed days, and reads the journal of
 * changes (AUDITOR too). The roles are the service's ({@link CalendarService}).
 */
@ApplicationScoped
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    /** The media type of an iCalendar file. */
    static final String ICALENDAR = "text/calendar";

    @EJB
    private CalendarService calendar;

    /** The calendar in force, with the national holidays of {@code year} (default this year in the help desk). */
    @GET
    public CalendarView get(@QueryParam("year") @Parameter(description = "the year of the national holidays listed,"
            + " 1900-2999; default this year", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            String year) {
        return calendar.calendar(year == null || year.isBlank() ? null : Params.year(year, "year"));
    }

    /**
     * One day as the clocks count it, with the calendar committed: whether the help desk works, its hours, and why it
     * is closed (a national holiday's code or the closed days' name). 400 for a date that cannot be read.
     */
    @GET
    @Path("days/{date}")
    public DayView day(@PathParam("date") @Parameter(description = "a date such as 2031-06-24",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String date) {
        return calendar.day(Params.requiredDate(date, "date"));
    }

    /**
     * New working hours, as text ({@code week}) or day by day ({@code days}), with the {@code version} last read:
     * 409 naming who changed them and when for an older one.
     */
    @PUT
    @Path("week")
    public CalendarView changeWeek(ChangeWeek command) {
        return calendar.changeWeek(command);
    }

    /** Closes the days from {@code first} to {@code last} (the same day when left out): 201 with them. */
    @POST
    @Path("closed-days")
    @Idempotent
    @APIResponse(responseCode = "201", description = "The closed days added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClosedDaysView.class)))
    public Response addClosedDays(AddClosedDays command) {
        return Response.status(Response.Status.CREATED).entity(calendar.addClosedDays(command)).build();
    }

    /** Opens the days again: 204; 404 for closed days that do not exist. */
    @DELETE
    @Path("closed-days/{id}")
    @APIResponse(responseCode = "204", description = "The days are working days again (unless a holiday)")
    public Response removeClosedDays(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id) {
        calendar.removeClosedDays(Params.id(id, "id"));
        return Response.noContent().build();
    }

    /**
     * Adds the closed days of every event of an iCalendar file (the body, {@code text/calendar}, at most 1 MB): what
     * it added and how many events named days closed already. A file that cannot be read whole is refused (422,
     * naming the line) and nothing is added; sent again, a file adds nothing (its days are closed already).
     */
    @POST
    @Path("closed-days/import")
    @Consumes(ICALENDAR)
    @RequestBody(content = @Content(mediaType = ICALENDAR, schema = @Schema(type = SchemaType.STRING,
            format = "binary")))
    public ImportResult importFile(InputStream body) throws IOException {
        // One byte more than the service takes, so that it can say the file is too large without reading it all.
        return calendar.importFile(body.readNBytes(CalendarService.MAX_IMPORT_BYTES + 1));
    }

    /** The changes of the calendar, newest first: {@code limit} 1-500, default 100. */
    @GET
    @Path("changes")
    public List<CalendarChangeView> changes(@QueryParam("limit") @Parameter(schema = @Schema(
            type = SchemaType.INTEGER, format = "int32")) String limit) {
        return calendar.changes(Params.limit(limit, Params.MAX_PAGE, 100));
    }
}
