package org.helpdesk.application.health;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.helpdesk.infrastructure.persistence.DatabaseMigration;
import org.helpdesk.infrastructure.persistence.RootCause;

/**
 * Checks the database and the SMTP server. Open to anyone (no data is revealed beyond UP/DOWN and a reason),
 * so that load balancers and monitors need no account.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    static final int TIMEOUT_MILLIS = 2000;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @EJB
    private DatabaseMigration migration;

    /** The state of one dependency. */
    public record Component(boolean up, String detail) implements java.io.Serializable {
    }

    /**
     * @return whether the database schema is migrated to this version: until it is, nothing that reads or writes
     *         tickets can run (the migration retries every minute while the database is unreachable)
     */
    public boolean databaseReady() {
        return migration.isMigrated();
    }

    /** @return database and mail, in that order, each UP or DOWN with a short reason */
    public Map<String, Component> check() {
        Map<String, Component> result = new LinkedHashMap<>();
        result.put("database", database());
        result.put("mail", mail());
        return result;
    }

    private Component database() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_MILLIS / 1000)) {
                return new Component(false, "connection not valid");
            }
            if (!migration.isMigrated()) {
                return new Component(false, migration.lastFailure().orElse("schema not migrated yet"));
            }
            return new Component(true, connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return new Component(false, "unreachable: " + RootCause.of(e));
        }
    }

    private Component mail() {
        String host = mailSession.getProperty("mail.smtp.host");
        String port = mailSession.getProperty("mail.smtp.port");
        String where = host + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, Integer.parseInt(port)), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = reader.readLine();
            if (greeting == null || !greeting.startsWith("220")) {
                return new Component(false, where + " did not greet as an SMTP server");
            }
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return new Component(true, where);
        } catch (IOException | NumberFormatException e) {
            return new Component(false, where + " unreachable: " + e.getMessage());
        }
    }
}
