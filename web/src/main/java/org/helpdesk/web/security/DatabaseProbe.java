package org.helpdesk.web.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether the database answers. A sign-in the server refused while it could not read the staff users is not a
 * wrong password: it is neither counted against the user nor answered "not recognised". Asked only after a refused
 * sign-in, so a sign-in that succeeds costs nothing more. The server's check of the password and this probe run one
 * after the other: for {@link #SETTLING} after a failed probe the database still counts as unreachable, so that a
 * sign-in refused just before the database came back is not taken for a wrong password.
 */
public final class DatabaseProbe {

    private static final String DATASOURCE = "java:jboss/datasources/HelpdeskDS";
    private static final int TIMEOUT_SECONDS = 2;

    /** How long the database counts as unreachable after a failed probe. */
    static final Duration SETTLING = Duration.ofSeconds(5);

    private volatile DataSource dataSource;
    private volatile Instant lastFailure = Instant.MIN;

    /**
     * @return whether a connection of the application's pool answers within {@value #TIMEOUT_SECONDS} s, and no
     *     probe failed in the last {@link #SETTLING}
     */
    public boolean reachable() {
        Instant now = Instant.now();
        if (lastFailure.plus(SETTLING).isAfter(now)) {
            return false;
        }
        boolean answers;
        try (Connection connection = dataSource().getConnection()) {
            answers = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | NamingException | RuntimeException e) {
            answers = false;
        }
        if (!answers) {
            lastFailure = now;
        }
        return answers;
    }

    private DataSource dataSource() throws NamingException {
        DataSource known = dataSource;
        if (known == null) {
            known = (DataSource) new InitialContext().lookup(DATASOURCE);
            dataSource = known;
        }
        return known;
    }
}
