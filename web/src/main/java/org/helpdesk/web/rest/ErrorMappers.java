package org.helpdesk.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.UnreadableValueException;
import org.helpdesk.domain.ticket.IllegalTransitionException;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.web.support.Faults;

/** Turns every exception that reaches the API boundary into a problem document. */
public final class ErrorMappers {

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** Errors that JAX-RS itself raised (unknown path, wrong method, unreadable JSON): keep their status. */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
                return e.getResponse();
            }
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

    /** The action is not allowed in the ticket's current state: the message names the state and what is. */
    @Provider
    public static class TransitionErrors implements ExceptionMapper<IllegalTransitionException> {
        @Override
        public Response toResponse(IllegalTransitionException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** Someone changed the record since the caller read it. */
    @Provider
    public static class StaleEditErrors implements ExceptionMapper<StaleEditException> {
        @Override
        public Response toResponse(StaleEditException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** Well-formed, but a business rule refuses it (no hours at closure, a High ticket scheduled, ...). */
    @Provider
    public static class RuleErrors implements ExceptionMapper<TicketRuleException> {
        @Override
        public Response toResponse(TicketRuleException e) {
            return Problem.response(UNPROCESSABLE, e.getMessage());
        }
    }

    /** Invalid values in a well-formed request: every violated constraint, field by field. */
    @Provider
    public static class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> fieldName(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return Problem.response(UNPROCESSABLE, detail.isEmpty() ? "Some values are not valid." : detail);
        }

        /** {@code open.arg0.subject} -> {@code subject}: the caller knows fields, not Java methods. */
        private static String fieldName(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /**
     * A value the caller gave that the domain or a service refused (a text over its limit, an inverted period, a
     * contact of another customer, ...). An {@link IllegalArgumentException} is not one: it is a fault of ours,
     * answered by {@link UnexpectedErrors}.
     */
    @Provider
    public static class InvalidValueErrors implements ExceptionMapper<InvalidValueException> {
        @Override
        public Response toResponse(InvalidValueException e) {
            return Problem.response(UNPROCESSABLE, e.getMessage());
        }
    }

    /**
     * A field of the body or a filter of the query names something that does not exist: 422, the field named first,
     * as for an invalid value. (What the path names and does not exist is a 404, {@link NotFoundErrors}.)
     */
    @Provider
    public static class UnknownReferenceErrors implements ExceptionMapper<UnknownReferenceException> {
        @Override
        public Response toResponse(UnknownReferenceException e) {
            return Problem.response(UNPROCESSABLE, e.getField() + ": " + e.getMessage());
        }
    }

    /** A value the services cannot read at all (a list position that is none): 400, like any unreadable parameter. */
    @Provider
    public static class UnreadableValueErrors implements ExceptionMapper<UnreadableValueException> {
        @Override
        public Response toResponse(UnreadableValueException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** What the path names does not exist: a ticket, a customer, a run, a time entry. */
    @Provider
    public static class NotFoundErrors implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** A body that is not the JSON the endpoint expects (broken syntax, a wrong type, an unknown value). */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "The request could not be read: check that it is"
                    + " well-formed JSON with the documented fields, types and values (see /openapi).");
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

    /** The database failed while a change with an Idempotency-Key was being committed. */
    @Provider
    @ApplicationScoped
    public static class UnknownCommits implements ExceptionMapper<CommitOutcomeUnknown> {
        @Inject
        private DatabaseOutages outages;

        @Override
        public Response toResponse(CommitOutcomeUnknown e) {
            return databaseDown(outages, e, DatabaseOutages.Kind.DURING_COMMIT);
        }
    }

    /**
     * Anything else: the database unreachable (503 with Retry-After, saying whether anything was saved), or a fault of
     * ours, an {@link IllegalArgumentException} as much as any other (500, logged once with its stack trace under a
     * reference the user can quote, {@link Faults}; the answer never shows the stack trace).
     */
    @Provider
    @ApplicationScoped
    public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
        @Inject
        private DatabaseOutages outages;

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(Throwable e) {
            DatabaseOutages.Kind kind = DatabaseOutages.kind(e);
            if (kind != DatabaseOutages.Kind.OTHER) {
                return databaseDown(outages, e, READS.contains(request.getMethod()) ? null : kind);
            }
            String reference = Faults.logged(e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "An unexpected error occurred; nothing was saved. Quote reference " + reference
                            + " to your administrator.");
        }
    }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** What a sign-in is answered while the database cannot be reached to check the password. */
    static final String SIGN_IN_UNAVAILABLE = "The database cannot be reached at the moment, so the password cannot"
            + " be checked. Try again in a few seconds.";

    /**
     * 503 with Retry-After and the truth about the change: not saved, or not known ({@code kind} null for a read).
     */
    static Response databaseDown(DatabaseOutages outages, Throwable e, DatabaseOutages.Kind kind) {
        String detail;
        if (kind == null) {
            detail = "The database cannot be reached at the moment. Try again in a few seconds.";
        } else if (kind == DatabaseOutages.Kind.UNREACHABLE) {
            detail = "The database cannot be reached at the moment: nothing was saved. Try again in a few seconds.";
        } else {
            detail = "The database stopped answering while the change was being saved: it may or may not have been"
                    + " saved. Check before doing it again, or send the same request again with the same"
                    + " Idempotency-Key header, which never saves it twice.";
        }
        return unavailable(outages, DatabaseOutages.rootCause(e), detail);
    }

    /** 503 with Retry-After: the database cannot be reached ({@code cause} says why, for the log and the health). */
    static Response unavailable(DatabaseOutages outages, String cause, String detail) {
        outages.failed(cause);
        LOG.warning(() -> "Database unreachable, answered 503: " + cause);
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, detail))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** What a client is told to wait before trying again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;
}
