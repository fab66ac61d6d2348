package org.helpdesk.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches the API boundary into a problem document. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** Errors that JAX-RS itself raised (unknown path, wrong method, unreadable JSON): keep their status. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 400 -> "The request could not be read: check that it is well-formed JSON with the documented fields.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that HTTP method.";
                case 406 -> "This address cannot answer in the requested format.";
                case 415 -> "This address does not accept that content type: send application/json.";
                default -> status.getReasonPhrase();
            };
            return Problem.response(status, detail);
        }
    }

    /** A service method refused the caller's role. */
    @Provider
    public static class AccessErrors implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this action.");
        }
    }

    /**
     * Anything else is a fault of ours: log it with a reference the user can quote, never show the stack trace.
     */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "An unexpected error occurred; nothing was saved. Quote reference " + reference
                            + " to your administrator.");
        }
    }
}
