package org.helpdesk.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document: the body of every error the API returns.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short, stable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong this time, in words a user understands
 */
public record Problem(String type, String title, int status, String detail) implements java.io.Serializable {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.StatusType status, String detail) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
