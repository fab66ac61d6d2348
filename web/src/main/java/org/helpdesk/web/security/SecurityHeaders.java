package org.helpdesk.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * The headers every answer of the application carries, whoever wrote it (a screen, the REST API, the server's own
 * 401s and error pages), set just before the answer leaves:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (a questionnaire's link carries
 * its token), framing refused ({@code X-Frame-Options: DENY} and {@code frame-ancestors 'none'});</li>
 * <li>a Content-Security-Policy: the screens' own, with PrimeFaces' per-request nonce for their scripts (web.xml,
 * {@code primefaces.CSP_POLICY}); for every other answer {@link #DEFAULT_POLICY};</li>
 * <li>every cookie (the session's above all) {@code SameSite=Lax}, never sent with a request another site starts;
 * over HTTPS, {@code Strict-Transport-Security} and every cookie marked {@code Secure}.</li>
 * </ul>
 */
final class SecurityHeaders implements HttpHandler {

    /** For answers that are not screens: nothing may be loaded, run or framed but the application's own files. */
    static final String DEFAULT_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString STRICT_TRANSPORT_SECURITY = new HttpString("Strict-Transport-Security");

    private final HttpHandler next;

    SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(SecurityHeaders::addHeaders);
        next.handleRequest(exchange);
    }

    private static void addHeaders(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(REFERRER_POLICY, "no-referrer");
        headers.put(FRAME_OPTIONS, "DENY");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.put(CONTENT_SECURITY_POLICY, DEFAULT_POLICY);
        }
        boolean secure = exchange.isSecure();
        if (secure) {
            headers.put(STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
        }
        for (Cookie cookie : exchange.responseCookies()) {
            if (cookie.getSameSiteMode() == null) {
                cookie.setSameSiteMode("Lax");
            }
            if (secure) {
                cookie.setSecure(true);
            }
        }
    }
}
