package org.helpdesk.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the API's requests are failing because the database cannot be reached, as its callers see it: the health
 * check reports the database DOWN from the first such failure until a request succeeds again (or
 * {@link #FORGET_AFTER} passes without another failure), so that it does not say UP while requests fail.
 * Also tells a database outage from any other failure ({@link #kind}).
 */
@Provider
@ApplicationScoped
public class DatabaseOutages implements ContainerResponseFilter {

    /** How long one failed request keeps the health check DOWN when no other request comes. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(10);

    /** SQL states of a connection that failed or could not be made, or a server that is shutting down. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /** Exceptions thrown by a transaction's commit. */
    private static final Set<String> COMMIT_FAILURES = Set.of("jakarta.transaction.RollbackException",
            "jakarta.transaction.HeuristicMixedException", "jakarta.transaction.HeuristicRollbackException",
            "jakarta.transaction.SystemException", "javax.transaction.xa.XAException");

    /** What a failure says about the database. */
    enum Kind {
        /** Not the database's: something else failed. */
        OTHER,
        /** The database could not be reached before anything was committed: nothing was saved. */
        UNREACHABLE,
        /** The database failed while a commit was under way: saved or not, nobody here knows. */
        DURING_COMMIT
    }

    private record Failure(Instant at, String cause) implements java.io.Serializable {
    }

    private final Clock clock = Clock.systemUTC();
    private volatile Failure last;

    /** @return what {@code thrown} says about the database */
    static Kind kind(Throwable thrown) {
        boolean connection = false;
        boolean commit = false;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getName();
            commit |= COMMIT_FAILURES.contains(type);
            connection |= cause instanceof SQLException sql && isConnectionFailure(sql)
                    || type.startsWith("jakarta.resource.")
                    || type.equals("org.hibernate.exception.JDBCConnectionException");
        }
        if (!connection) {
            return Kind.OTHER;
        }
        return commit ? Kind.DURING_COMMIT : Kind.UNREACHABLE;
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || SERVER_GONE.contains(state))
                || sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException;
    }

    /** A request failed because of the database, for {@code cause}. */
    void failed(String cause) {
        last = new Failure(clock.instant(), cause);
    }

    /** @return the innermost cause of {@code thrown}, as one line */
    static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** @return why requests are failing now; empty when they are not */
    Optional<String> failing() {
        Failure failure = last;
        if (failure == null || failure.at().plus(FORGET_AFTER).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of("requests are failing since " + failure.at() + ": " + failure.cause());
    }

    /** An answer below 500 means the request reached what it needed: the outage, if any, is over. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (last != null && response.getStatus() < 500 && !request.getUriInfo().getPath().endsWith("health")) {
            last = null;
        }
    }
}
