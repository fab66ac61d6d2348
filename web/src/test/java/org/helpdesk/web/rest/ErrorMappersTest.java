package org.helpdesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Set;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.domain.shared.UnreadableValueException;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.web.ServiceViolation;
import org.junit.jupiter.api.Test;

/** The problem documents the API answers for each kind of refusal: the status and the words a caller reads. */
class ErrorMappersTest {

    @Test
    void anInvalidBodyNamesEveryFieldAsTheCallerSendsItInOrder() {
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        violations.add(violation("open.arg0.subject", "write a subject"));
        violations.add(violation("open.arg0.channel", "choose the channel"));

        Response response = new ErrorMappers.ValidationErrors().toResponse(
                new ConstraintViolationException(violations));

        assertProblem(422, "Unprocessable Content", "channel: choose the channel; subject: write a subject", response);
    }

    @Test
    void anUnknownReferenceIsUnprocessableNamingTheFieldFirst() {
        assertProblem(422, "Unprocessable Content", "customer: There is no customer NOPE.",
                new ErrorMappers.UnknownReferenceErrors().toResponse(
                        new UnknownReferenceException("customer", "notFound.customer", "There is no customer {0}.", "NOPE")));
    }

    @Test
    void aBusinessRuleIsUnprocessableInItsEnglishWords() {
        assertProblem(422, "Unprocessable Content", "Record the hours spent before agreeing the closure.",
                new ErrorMappers.RuleErrors().toResponse(new TicketRuleException("rule.noHours",
                        "Record the hours spent before agreeing the closure.")));
    }

    @Test
    void aValueThatCannotBeReadIsABadRequest() {
        assertProblem(400, "Bad Request", "'after' is not a list position: 'xyz'.",
                new ErrorMappers.UnreadableValueErrors().toResponse(
                        new UnreadableValueException("unreadable.test", "''after'' is not a list position: {0}.", "'xyz'")));
    }

    @Test
    void aRoleThatDoesNotAllowTheActionIsForbidden() {
        assertProblem(403, "Forbidden", "Your role does not allow this action.",
                new ErrorMappers.AccessErrors().toResponse(new EJBAccessException("WFLYEJB0364")));
    }

    @Test
    void aRecordThePathNamesAndDoesNotExistIsNotFound() {
        assertProblem(404, "Not Found", "There is no service ticket HD-2026-999999.",
                new ErrorMappers.NotFoundErrors().toResponse(
                        new org.helpdesk.application.NotFoundException("notFound.serviceTicket",
                                "There is no service ticket {0}.", "HD-2026-999999")));
    }

    @Test
    void errorsOfJaxRsItselfKeepTheirStatusAndSayWhatToCheck() {
        ErrorMappers.WebApplicationErrors mapper = new ErrorMappers.WebApplicationErrors();

        assertProblem(404, "Not Found", "There is nothing at this address.", mapper.toResponse(new NotFoundException()));
        assertProblem(405, "Method Not Allowed", "This address does not accept that HTTP method.",
                mapper.toResponse(new NotAllowedException("GET")));
    }

    @Test
    void aProblemAlreadyWrittenPassesThroughAsItIs() {
        Response written = Problem.response(Response.Status.BAD_REQUEST, "'limit' must be a whole number from 1 to"
                + " 500, not 'abc'.");

        assertEquals(written, new ErrorMappers.WebApplicationErrors().toResponse(
                new jakarta.ws.rs.BadRequestException(written)));
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonIsABadRequestPointingToTheDocument() {
        assertProblem(400, "Bad Request", "The request could not be read: check that it is well-formed JSON with the"
                + " documented fields, types and values (see /openapi).",
                new ErrorMappers.UnreadableBodies().toResponse(new ProcessingException("Unexpected char")));
    }

    private static void assertProblem(int status, String title, String detail, Response response) {
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(new Problem("about:blank", title, status, detail), response.getEntity());
    }

    /** A violation with the path and message the validator gives a service method's parameter. */
    private static ConstraintViolation<?> violation(String path, String message) {
        return ServiceViolation.of(null, message, message, path.split("\\."));
    }
}
