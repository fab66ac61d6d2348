package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.helpdesk.application.staff.CurrentUserService;

/** {@code GET /helpdesk/api/me}: the signed-in user and their roles. */
@ApplicationScoped
@Path("me")
public class MeResource {

    @EJB
    private CurrentUserService currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CurrentUserService.CurrentUser me() {
        return currentUser.whoAmI();
    }
}
