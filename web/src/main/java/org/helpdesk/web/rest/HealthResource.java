package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helpdesk.application.cluster.Cluster;
import org.helpdesk.application.health.HealthCheck;

/**
 * {@code GET /helpdesk/api/health}: public. 200 with {@code "status":"UP"} when the database and the mail
 * server are both up, otherwise 503 with the failing part marked DOWN and a reason. The database is DOWN while its
 * own check fails, and also while the API's requests fail because of it ({@link DatabaseOutages}), even if a fresh
 * connection of the check happens to work.
 */
@ApplicationScoped
@Path("health")
public class HealthResource {

    /**
     * The answer: the whole and each part, UP or DOWN; the server that answered ({@code -Djboss.node.name}) and how
     * many servers the help desk runs on now (those whose heartbeat is fresh: 1 on a single server, 0 if the database
     * cannot tell).
     */
    public record Health(String status, Part database, Part mail, String node, int members) implements java.io.Serializable {
    }

    /** One part: UP or DOWN, and what was checked or why it failed. */
    public record Part(String status, String detail) implements java.io.Serializable {

        static Part of(HealthCheck.Component component) {
            return new Part(component.up() ? "UP" : "DOWN", component.detail());
        }
    }

    @EJB
    private HealthCheck healthCheck;

    @Inject
    private DatabaseOutages outages;

    @EJB
    private Cluster cluster;

    // The status depends on the answer, so the method returns a Response: the document is told its schema here.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Database and mail server are up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "A part is down, with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))
    public Response health() {
        Map<String, HealthCheck.Component> components = new LinkedHashMap<>(healthCheck.check());
        outages.failing().ifPresent(why -> components.put("database", new HealthCheck.Component(false, why)));
        boolean up = components.values().stream().allMatch(HealthCheck.Component::up);
        Health body = new Health(up ? "UP" : "DOWN", Part.of(components.get("database")),
                Part.of(components.get("mail")), cluster.thisNode(), cluster.memberCount());
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
