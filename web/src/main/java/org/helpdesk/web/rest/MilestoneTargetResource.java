package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.helpdesk.application.ticket.MilestoneTargetService;
import org.helpdesk.domain.ticket.Severity;

/** {@code /api/milestone-targets}: minutes allowed per milestone and severity; ADMIN changes them. */
@ApplicationScoped
@Path("milestone-targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneTargetResource {

    @EJB
    private MilestoneTargetService targets;

    @GET
    public List<MilestoneTargetService.TargetsView> all() {
        return targets.all();
    }

    @PUT
    @Path("{severity}")
    public MilestoneTargetService.TargetsView change(@PathParam("severity") String severity,
            MilestoneTargetService.ChangeTargets command) {
        return targets.change(Params.enumValue(Severity.class, severity, "severity"), command);
    }
}
