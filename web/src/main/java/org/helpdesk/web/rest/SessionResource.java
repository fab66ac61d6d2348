package org.helpdesk.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.helpdesk.web.support.SignInThrottle;

/**
 * {@code /api/session}: signs an API client in once. {@code POST} with {@code {"username":…,"password":…}} answers
 * 204 and a session cookie; requests that send the cookie back need no credentials, so the password's bcrypt hash is
 * checked once per session rather than on every request as with HTTP Basic. {@code DELETE} signs out. The same
 * throttle as the sign-in screen applies, and a wrong user name or password get the same 401.
 */
@ApplicationScoped
@Path("session")
public class SessionResource {

    /** The credentials of {@code POST /api/session}. */
    public record Credentials(String username, String password) implements java.io.Serializable {
    }

    @Context
    private HttpServletRequest request;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private DatabaseOutages outages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Send {\"username\": …, \"password\": …}.");
        }
        SignInThrottle.Outcome outcome = throttle.signIn(request, credentials.username(), credentials.password(),
                "POST /api/session");
        if (outcome == SignInThrottle.Outcome.THROTTLED) {
            Duration wait = throttle.waitBefore(credentials.username(), request.getRemoteAddr());
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this user from your address: signing in is locked for "
                            + SignInThrottle.minutes(wait) + " minutes."))
                    .header("Retry-After", wait.getSeconds()).build();
        }
        if (outcome == SignInThrottle.Outcome.UNAVAILABLE) {
            return ErrorMappers.unavailable(outages, "the password could not be checked at sign-in",
                    ErrorMappers.SIGN_IN_UNAVAILABLE);
        }
        if (outcome == SignInThrottle.Outcome.REFUSED) {
            return Problem.response(Response.Status.UNAUTHORIZED, "User name or password not recognised.");
        }
        request.getSession(true);
        return Response.noContent().build();
    }

    @DELETE
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
