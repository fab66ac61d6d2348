package org.helpdesk.web.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether the database answers now. A sign-in the server refused while it could not read the staff users is not a
 * wrong password: it is neither counted against the user nor answered "not recognised". Asked only after a refused
 * sign-in, so a sign-in that succeeds costs nothing more.
 */
public final class DatabaseProbe {

    private static final String DATASOURCE = "java:jboss/datasources/HelpdeskDS";
    private static final int TIMEOUT_SECONDS = 2;

    private volatile DataSource dataSource;

    /** @return whether a connection of the application's pool answers within {@value #TIMEOUT_SECONDS} s */
    public boolean reachable() {
        try (Connection connection = dataSource().getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | NamingException | RuntimeException e) {
            return false;
        }
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
