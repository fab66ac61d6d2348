package org.helpdesk.interfaces.rest;

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
import org.helpdesk.infrastructure.health.HealthCheck;

/**
 * {@code GET /helpdesk/api/health}: public. 200 with {@code "status":"UP"} when the database and the mail
 * server are both up, otherwise 503 with the failing part marked DOWN and a reason. The database is DOWN while its
 * own check fails, and also while the API's requests fail because of it ({@link DatabaseOutages}), even if a fresh
 * connection of the check happens to work.
 */
@ApplicationScoped
@Path("health")
public class HealthResource {

    @EJB
    private HealthCheck healthCheck;

    @Inject
    private DatabaseOutages outages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, HealthCheck.Component> components = new LinkedHashMap<>(healthCheck.check());
        outages.failing().ifPresent(why -> components.put("database", new HealthCheck.Component(false, why)));
        boolean up = components.values().stream().allMatch(HealthCheck.Component::up);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        components.forEach((name, component) -> body.put(name,
                Map.of("status", component.up() ? "UP" : "DOWN", "detail", component.detail())));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
