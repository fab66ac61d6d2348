package org.helpdesk.web.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.helpdesk.web.security.DatabaseProbe;
import org.helpdesk.web.security.SignInGuard;

/**
 * The REST API's door.
 * <ul>
 * <li>A request that changes something ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) started by a page of
 * another site is refused (403): its {@code Origin} names another host. A body that is not JSON (or an iCalendar file,
 * {@code text/calendar}, which only the calendar's import takes) is refused (415), so that no plain HTML form of
 * another site can make one: a form sends no other types (the session cookie is {@code SameSite=Lax} as well).</li>
 * <li>Only callers the server has authenticated get in: by HTTP Basic credentials (checked by the server's security
 * domain before this filter runs) or by the session of {@code POST /api/session} or of the screens. Anyone else gets
 * 401 with a Basic challenge and a problem document, never the sign-in page; while the database cannot be reached
 * to check Basic credentials, 503 instead. Which role may do what is for the services to say.</li>
 * </ul>
 */
@WebFilter("/api/*")
public class ApiAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PUBLIC = Set.of("/api/health", "/api/session");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private DatabaseOutages outages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            if (fromAnotherSite(request)) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "Requests that change something are accepted from this application's own pages only.");
                return;
            }
            if (request.getContentType() != null && !isJson(request.getContentType())
                    && !isCalendar(request.getContentType())) {
                problem(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                        "Send the request's body as JSON (Content-Type: application/json), not as "
                                + request.getContentType() + ".");
                return;
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC.contains(path) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && !((DatabaseProbe) getServletContext().getAttribute(SignInGuard.DATABASE)).reachable()) {
            outages.failed("the password could not be checked at sign-in");
            response.setHeader("Retry-After", Integer.toString(ErrorMappers.RETRY_AFTER_SECONDS));
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    ErrorMappers.SIGN_IN_UNAVAILABLE);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Helpdesk\", charset=\"UTF-8\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Sign in: send HTTP Basic credentials of a staff user, or the session cookie of POST /api/session.");
    }

    /** A browser names the page's origin on every request that changes something; other clients send none. */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() == null || host == null
                    || !authority.equalsIgnoreCase(withoutDefaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static String withoutDefaultPort(String host, String scheme) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        if ("http".equalsIgnoreCase(scheme) && lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        if ("https".equalsIgnoreCase(scheme) && lower.endsWith(":443")) {
            return lower.substring(0, lower.length() - 4);
        }
        return lower;
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static boolean isCalendar(String contentType) {
        return contentType.split(";", 2)[0].strip().equalsIgnoreCase(CalendarResource.ICALENDAR);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .build().toString());
    }
}
