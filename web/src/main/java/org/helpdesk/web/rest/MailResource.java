package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.MailErrorView;
import org.helpdesk.application.mail.ConversationService.WaitingMail;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * {@code /api/mail}: the mails that wait for an operator (an unknown sender, a new contact to confirm, a reply after
 * the closure, a flood from one sender) and what an operator decides about each; the mails that could not be read,
 * and reading one again (ADMIN). The roles are the service's ({@link ConversationService}).
 */
@ApplicationScoped
@Path("mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailResource {

    /**
     * Opens a ticket for a waiting mail.
     *
     * @param customer the customer's code
     * @param addContact whether the sender becomes one of the customer's contacts (and the ticket's contact)
     * @param language the new contact's language, {@code it} or {@code en}; needed only with {@code addContact}
     */
    public record AssignMail(
            @NotBlank(message = "{validation.customer}") String customer,
            boolean addContact,
            @Pattern(regexp = "it|en", message = "{validation.language}") String language) implements java.io.Serializable {
    }

    /**
     * Makes the sender of a mail one of its customer's contacts.
     *
     * @param name the contact's name (the mail's sender name, as the operator corrected it)
     * @param language {@code it} or {@code en}
     */
    public record ConfirmContact(
            @NotBlank(message = "{validation.contactName}") @Size(max = 200, message = "{validation.max200}")
            String name,
            @NotNull(message = "{validation.language}") @Pattern(regexp = "it|en", message = "{validation.language}")
            String language) implements java.io.Serializable {
    }

    @EJB
    private ConversationService conversations;

    @Inject
    private Validator validator;

    @Context
    private UriInfo uri;

    /** Every mail that waits for an operator, oldest first. */
    @GET
    @Path("waiting")
    public List<WaitingMail> waiting() {
        return conversations.waiting();
    }

    /**
     * Opens the ticket of a mail from an unknown sender or held by the rate limit: 200 with the new ticket, its address
     * in {@code Location}. 404 for an unknown mail, 422 for an unknown customer or a mail that no longer waits.
     */
    @POST
    @Path("waiting/{id}/assignment")
    @Idempotent
    @APIResponse(responseCode = "200", description = "The ticket opened for the mail; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceTicketView.class)))
    public Response assign(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id, AssignMail command) {
        long mail = Params.id(id, "id");
        valid(command);
        String language = command.language() == null || command.language().isBlank() ? null : command.language();
        if (command.addContact() && language == null) {
            throw new InvalidValueException("value.contactLanguageRequired",
                    "Give the new contact''s language (it or en).");
        }
        ServiceTicketView created = conversations.assign(mail, command.customer().strip(), command.addContact(),
                language);
        return Response.ok(created).location(uri.getBaseUriBuilder().path("service-tickets")
                .path(created.number()).build()).build();
    }

    /** Adds the sender of a mail flagged NEW_CONTACT to its customer's contacts: 204. */
    @POST
    @Path("waiting/{id}/contact")
    @APIResponse(responseCode = "204", description = "The sender is a contact of the customer now")
    public Response confirmContact(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id, ConfirmContact command) {
        long mail = Params.id(id, "id");
        valid(command);
        conversations.confirmContact(mail, command.name().strip(), command.language());
        return Response.noContent().build();
    }

    /** The operator read the mail and needs nothing done: it no longer waits (204). No body. */
    @POST
    @Path("waiting/{id}/dismissal")
    @APIResponse(responseCode = "204", description = "The mail no longer waits")
    public Response dismiss(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id) {
        conversations.dismiss(Params.id(id, "id"));
        return Response.noContent().build();
    }

    /** The mails that could not be read, newest first. ADMIN. */
    @GET
    @Path("errors")
    public List<MailErrorView> errors() {
        return conversations.errors();
    }

    /** Puts the mail back in its mailbox's inbox, read again within a minute: 202. ADMIN. */
    @POST
    @Path("errors/{id}/retry")
    @APIResponse(responseCode = "202", description = "The mail will be read again within a minute")
    public Response retry(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id) {
        conversations.retry(Params.id(id, "id"));
        return Response.accepted().build();
    }

    /** A missing body is refused as a 422, as any invalid field; each violated constraint is named. */
    private <T> void valid(T command) {
        if (command == null) {
            throw new InvalidValueException("value.bodyRequired", "Send the request''s values as a JSON object.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
