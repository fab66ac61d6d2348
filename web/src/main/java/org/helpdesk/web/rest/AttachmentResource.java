package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.AttachmentContent;

/**
 * {@code GET /api/attachments/{id}}: a file that came with a customer's mail, always as a download. The screens link
 * here too (their session signs the request in). Staff but nobody else; the service says which roles.
 */
@ApplicationScoped
@Path("attachments")
public class AttachmentResource {

    @EJB
    private ConversationService conversations;

    /**
     * The bytes, typed as the sender typed them only when no browser could run them as a page of this site
     * ({@link Downloads#contentType}); {@code Content-Security-Policy: sandbox} keeps even a mistyped file from
     * running anything if it is opened in place. {@code X-Content-Type-Options: nosniff} is on every answer
     * ({@code SecurityHeaders}), and set here as well so that this answer never depends on it.
     */
    @GET
    @Path("{id}")
    @Produces(Downloads.OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The file, as an attachment (Content-Disposition)",
            content = @Content(mediaType = Downloads.OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
            format = "int64")) String id) {
        AttachmentContent file = conversations.attachment(Params.id(id, "id"));
        return Response.ok(file.content(), Downloads.contentType(file.contentType()))
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
