package org.helpdesk.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Lets into the REST API only callers the server has authenticated: by HTTP Basic credentials (checked by the
 * server's security domain before this filter runs) or by the session of {@code POST /api/session} or of the
 * screens. Anyone else gets 401 with a Basic challenge and a problem document, never the sign-in page. Which role
 * may do what is for the services to say.
 */
@WebFilter("/api/*")
public class ApiAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PUBLIC = Set.of("/api/health", "/api/session");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC.contains(path) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Helpdesk\", charset=\"UTF-8\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in: send HTTP Basic credentials of a staff user, or the session cookie of"
                + " POST /api/session.\"}");
    }
}
