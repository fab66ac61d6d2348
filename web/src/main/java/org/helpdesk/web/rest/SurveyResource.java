package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.survey.SurveyService;
import org.helpdesk.application.survey.SurveyViews.Results;
import org.helpdesk.application.survey.SurveyViews.TicketSurvey;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * {@code /api/surveys}: the satisfaction questionnaires for staff. Results by period (PROGRAMMING_MANAGER and ADMIN
 * everything, an OPERATOR their own averages), a ticket's questionnaires, and running the reminders now (ADMIN).
 * Customers answer on the public page, not here.
 */
@ApplicationScoped
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @EJB
    private SurveyService surveys;

    /** {@code ?from=2026-01&to=2026-06}: both optional; default the last twelve months up to this one. */
    @GET
    @Path("results")
    public Results results(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth given = Params.month(to, "to");
        YearMonth last = given == null ? YearMonth.now(HelpDeskCalendar.ZONE) : given;
        YearMonth start = Params.month(from, "from");
        YearMonth first = start == null ? last.minusMonths(11) : start;
        return surveys.results(first, last);
    }

    /** {@code ?ticket=HD-2026-000123}: its questionnaires, newest first. */
    @GET
    public List<TicketSurvey> ofTicket(@QueryParam("ticket") String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw new BadRequestException(Problem.response(Response.Status.BAD_REQUEST,
                    "'ticket' is required: a service ticket number such as HD-2026-000123."));
        }
        return surveys.forTicket(ticket.strip());
    }

    /** Sends now the reminders that are due (the hourly schedule does the same): 200 with how many. */
    @POST
    @Path("reminders")
    public Map<String, Integer> sendReminders() {
        return Map.of("sent", surveys.sendReminders());
    }
}
