package org.helpdesk.web.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.helpdesk.application.IdempotentRequests;
import org.helpdesk.application.IdempotentRequests.Outcome;
import org.helpdesk.domain.text.PlainTexts;

/**
 * {@code Idempotency-Key} on the POSTs that create something ({@link Idempotent}): a client that sends a request again
 * with the key of an earlier one (after a timeout, a 503, an answer it never got) gets the earlier answer again,
 * marked {@code Idempotency-Replayed: true}, and nothing is created twice.
 * <p>
 * The request runs in one transaction that also keeps its answer under the key, so the answer is kept if and only if
 * what the request created was committed. A request with the same key still under way waits for it and then gets its
 * answer. A refused request (4xx) keeps nothing: sent again, it is judged again. The same key for another request
 * (another path or body) is refused (422). Keys are per user and kept {@value IdempotentRequests#KEPT_HOURS} hours.
 * Without the header, a request runs as before, in the service's own transaction.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    private HttpServletRequest request;

    @Inject
    private UserTransaction transaction;

    @EJB
    private IdempotentRequests kept;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        key = key.strip();
        if (key.isEmpty() || key.length() > IdempotentRequests.MAX_KEY_LENGTH || !PlainTexts.isPlain(key)) {
            return Problem.response(Response.Status.BAD_REQUEST, "The " + HEADER + " header must have 1 to "
                    + IdempotentRequests.MAX_KEY_LENGTH + " printable characters (a UUID, for example).");
        }
        String fingerprint = fingerprint(invocation);
        Response answer;
        transaction.begin();
        try {
            Optional<Outcome> earlier = kept.claim(key, fingerprint);
            if (earlier.isPresent()) {
                transaction.rollback();
                return replay(earlier.get(), fingerprint);
            }
            answer = (Response) invocation.proceed();
            kept.complete(key, answer.getStatus(), location(answer), JsonbConfig.JSONB.toJson(answer.getEntity()));
        } catch (Exception e) {
            rollback();
            if (takenMeanwhile(e)) {
                Optional<Outcome> earlier = kept.kept(key);
                if (earlier.isPresent()) {
                    return replay(earlier.get(), fingerprint);
                }
                return Problem.response(Response.Status.CONFLICT, "A request with this " + HEADER
                        + " did not finish: send it again.");
            }
            throw e;
        }
        try {
            transaction.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            throw new CommitOutcomeUnknown(e);
        }
        return answer;
    }

    private static Response replay(Outcome earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            return Problem.response(ErrorMappers.UNPROCESSABLE, "This " + HEADER + " was already used for another"
                    + " request: send a new key with each new request, and the same key only with the same request.");
        }
        Response.ResponseBuilder replay = Response.status(earlier.status()).header(REPLAYED, "true");
        if (earlier.location() != null) {
            replay.header(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.body() != null) {
            replay.type(MediaType.APPLICATION_JSON_TYPE).entity(earlier.body());
        }
        return replay.build();
    }

    /** The method, the address and the request's values: the same key may only come back with the same request. */
    private String fingerprint(InvocationContext invocation) throws NoSuchAlgorithmException {
        String what = request.getMethod() + " " + request.getRequestURI() + "\n"
                + JsonbConfig.JSONB.toJson(invocation.getParameters());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(what.getBytes(StandardCharsets.UTF_8)));
    }

    private static String location(Response answer) {
        return answer.getLocation() == null ? null : answer.getLocation().toString();
    }

    private void rollback() throws SystemException {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    /** The key's row was inserted by a request with the same key that committed while this one waited for it. */
    private static boolean takenMeanwhile(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("idempotency_key")) {
                return true;
            }
        }
        return false;
    }
}
