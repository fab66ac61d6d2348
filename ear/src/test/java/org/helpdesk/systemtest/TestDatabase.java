package org.helpdesk.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct JDBC access to the database the server under test uses (H2 through its AUTO_SERVER port, or
 * PostgreSQL), to check what a user's action left in it. The static methods use the suite's database; {@link #at}
 * another one (that of a test's own server, {@link OwnServer}).
 */
final class TestDatabase {

    private static final TestDatabase SUITE = new TestDatabase(System.getProperty("helpdesk.test.jdbc.url"),
            System.getProperty("helpdesk.test.jdbc.user"), System.getProperty("helpdesk.test.jdbc.password"));

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database at {@code url}, with the suite's user and password. */
    static TestDatabase at(String url) {
        return new TestDatabase(url, SUITE.user, SUITE.password);
    }

    static Connection connect() throws SQLException {
        return SUITE.connection();
    }

    /** @return the first column of every row the query returns, as strings */
    static List<String> column(String sql, Object... parameters) throws SQLException {
        return SUITE.firstColumn(sql, parameters);
    }

    /** Runs one UPDATE (or DELETE) with parameters; @return the rows it changed. */
    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** @return the first column of every row the query returns, as strings */
    List<String> firstColumn(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
