package org.helpdesk.web.security;

import io.undertow.security.api.SecurityContext;
import io.undertow.security.idm.Account;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Guards the sign-ins the server performs itself, before it checks a password: a request with HTTP Basic credentials
 * for a user name that {@link SignInAttempts} has stopped from this address is answered 429 with
 * {@code Retry-After}, without a password check; otherwise its outcome is counted once the server has decided
 * (authenticated as that user: a success; anything else: a failure, unless the database could not be reached to
 * check it), before the answer leaves, so the next request already sees it. The container's own form sign-in ({@code j_security_check}) is closed: the sign-in screen signs in
 * through {@link org.helpdesk.web.support.SignInThrottle}, counted in the same place.
 */
final class BasicSignInThrottle implements HttpHandler {

    private static final String BASIC = "basic ";

    private final SignInAttempts attempts;
    private final DatabaseProbe database;
    private final HttpHandler next;

    BasicSignInThrottle(SignInAttempts attempts, DatabaseProbe database, HttpHandler next) {
        this.attempts = attempts;
        this.database = database;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.getRelativePath().endsWith("j_security_check")) {
            exchange.setStatusCode(StatusCodes.NOT_FOUND);
            exchange.endExchange();
            return;
        }
        String username = basicUsername(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (username == null) {
            next.handleRequest(exchange);
            return;
        }
        String address = address(exchange);
        Duration wait = attempts.waitBefore(username, address);
        if (!wait.isZero() && !wait.isNegative()) {
            refuse(exchange, wait);
            return;
        }
        exchange.addResponseCommitListener(done -> {
            if (signedInAs(done.getSecurityContext(), username)) {
                attempts.succeeded(username, address);
            } else if (database.reachable()) {
                attempts.failed(username, address, "HTTP Basic");
            }
        });
        next.handleRequest(exchange);
    }

    static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "" : source.getAddress().getHostAddress();
    }

    /** @return the user name of HTTP Basic credentials; {@code null} when there are none or they cannot be read */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() <= BASIC.length()
                || !authorization.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static boolean signedInAs(SecurityContext security, String username) {
        Account account = security == null ? null : security.getAuthenticatedAccount();
        return account != null && account.getPrincipal() != null
                && account.getPrincipal().getName().equalsIgnoreCase(username);
    }

    private static void refuse(HttpServerExchange exchange, Duration wait) {
        long minutes = SignInAttempts.minutes(wait);
        exchange.setStatusCode(StatusCodes.TOO_MANY_REQUESTS);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(Math.max(1, wait.getSeconds())));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed sign-ins for this user from your address: signing in is locked for "
                + minutes + " minutes.\"}", StandardCharsets.UTF_8);
    }
}
