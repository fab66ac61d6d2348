package org.helpdesk.infrastructure.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.helpdesk.infrastructure.persistence.DatabaseMigration;

/**
 * This server's heartbeat: every ten seconds it writes that it is alive ({@code cluster_node}) and renews the leases
 * it holds ({@link ClusterLeases}). The members of the cluster are the servers seen in the last {@link #ALIVE} seconds. On a
 * clean shutdown the server removes its row and lets go of its leases, so another server takes its work at once.
 *
 * <p>Internal: read by the health check and the administrator's screen, which state who may see them.</p>
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterNodes {

    /** A server not seen for this long is no longer counted as a member. */
    public static final Duration ALIVE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(ClusterNodes.class.getName());
    private static final Duration FORGOTTEN = Duration.ofDays(1);

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @EJB
    private ClusterLeases leases;

    @EJB
    private DatabaseMigration migration;

    @Inject
    private Clock clock;

    private Instant started;
    private boolean warned;

    /** A server as last seen. */
    public record Node(String name, Instant startedAt, Instant seenAt) {
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    void beat() {
        if (!migration.isMigrated()) {
            return;
        }
        try {
            Instant now = Instant.now(clock);
            if (started == null) {
                started = now;
            }
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE cluster_node SET seen_at = ?, started_at = ? WHERE name = ?")) {
                    s.setObject(1, ClusterLeases.at(now));
                    s.setObject(2, ClusterLeases.at(started));
                    s.setString(3, ThisNode.name());
                    if (s.executeUpdate() == 0) {
                        try (PreparedStatement i = c.prepareStatement(
                                "INSERT INTO cluster_node (name, started_at, seen_at) VALUES (?, ?, ?)")) {
                            i.setString(1, ThisNode.name());
                            i.setObject(2, ClusterLeases.at(started));
                            i.setObject(3, ClusterLeases.at(now));
                            i.executeUpdate();
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM cluster_node WHERE seen_at < ?")) {
                    s.setObject(1, ClusterLeases.at(now.minus(FORGOTTEN)));
                    s.executeUpdate();
                }
            }
            leases.renewMine();
            warned = false;
        } catch (SQLException | RuntimeException e) {
            // The database is down: the leases lapse, which is right, as this server cannot do the work meanwhile.
            if (!warned) {
                LOG.log(Level.WARNING, "The heartbeat of " + ThisNode.name() + " could not be written: " + e.getMessage());
                warned = true;
            }
        }
    }

    @PreDestroy
    void leave() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM cluster_node WHERE name = ?")) {
            s.setString(1, ThisNode.name());
            s.executeUpdate();
            leases.releaseMine();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The server could not sign off: " + e.getMessage());
        }
    }

    /**
     * @return how many servers were seen in the last {@link #ALIVE}; 0 when the database cannot tell. The health check
     *         asks on every probe and reports the database DOWN itself, so a failure here is not logged as an error.
     */
    @Lock(LockType.READ)
    public int count() {
        try {
            return members().size();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The servers could not be counted: " + e.getMessage());
            return 0;
        }
    }

    /** @return the servers seen in the last {@link #ALIVE}, by name */
    @Lock(LockType.READ)
    public List<Node> members() {
        List<Node> nodes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT name, started_at, seen_at FROM cluster_node WHERE seen_at >= ? ORDER BY name")) {
            s.setObject(1, ClusterLeases.at(Instant.now(clock).minus(ALIVE)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    nodes.add(new Node(r.getString(1), r.getObject(2, OffsetDateTime.class).toInstant(),
                            r.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The servers could not be read: " + e.getMessage(), e);
        }
        return nodes;
    }
}
