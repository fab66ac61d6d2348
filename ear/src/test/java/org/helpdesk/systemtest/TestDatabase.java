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
 * PostgreSQL), to check what a user's action left in it.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("helpdesk.test.jdbc.url"),
                System.getProperty("helpdesk.test.jdbc.user"), System.getProperty("helpdesk.test.jdbc.password"));
    }

    /** @return the first column of every row the query returns, as strings */
    static List<String> column(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
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

    /** Runs one UPDATE (or DELETE) with parameters; @return the rows it changed. */
    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
