package org.helpdesk.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Continuous work that one server at a time does: each piece has a lease in {@code cluster_lease}, held by one server
 * until it expires. The holder renews it each time it does the work and every ten seconds ({@link ClusterNodes}); a
 * server that stops renewing (killed, cut off) loses it {@link #TERM} later to the next server that asks. On a single
 * server the lease is simply always this server's.
 *
 * <p>Internal: called by the scheduled work and the batch run of this application, not by users.</p>
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ClusterLeases {

    /** How long a lease lasts without being renewed. */
    public static final Duration TERM = Duration.ofSeconds(30);

    /** The log category of "a scheduled job ran here" lines (FINE): switch it to DEBUG to see which node does what. */
    public static final String JOB_LOG = "org.helpdesk.cluster.jobs";

    private static final Logger LOG = Logger.getLogger(ClusterLeases.class.getName());
    private static final Logger JOBS = Logger.getLogger(JOB_LOG);

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** A lease as stored: who holds it since when (null: not kept), until when. */
    public record Lease(String name, String holder, Instant acquiredAt, Instant expiresAt) {

        /** @return whether a server holds it at {@code now} */
        public boolean heldAt(Instant now) {
            return !holder.isEmpty() && expiresAt.isAfter(now);
        }
    }

    /**
     * The scheduled job {@code job} runs here if this server holds its lease or takes it now (it was free or expired).
     * Failures (the database is down) answer false: the job is skipped this time, as it would fail anyway.
     *
     * @return whether this server is to do the job now
     */
    public boolean runsHere(String job) {
        boolean here;
        try {
            here = hold(job);
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "Lease " + job + " not checked: " + e.getMessage());
            return false;
        }
        if (here) {
            JOBS.fine(() -> "Scheduled job " + job + " runs on " + ThisNode.name());
        }
        return here;
    }

    /**
     * Takes or renews the lease {@code name} for this server: renewed if this server holds it, taken if nobody holds
     * it or its holder let it expire. A lease not yet known is created for this server.
     *
     * @return whether this server holds the lease now
     */
    public boolean hold(String name) {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE cluster_lease SET holder = ?, "
                    + "acquired_at = CASE WHEN holder = ? THEN acquired_at ELSE ? END, expires_at = ? "
                    + "WHERE name = ? AND (holder = ? OR expires_at < ?)")) {
                s.setString(1, ThisNode.name());
                s.setString(2, ThisNode.name());
                s.setObject(3, at(now));
                s.setObject(4, at(now.plus(TERM)));
                s.setString(5, name);
                s.setString(6, ThisNode.name());
                s.setObject(7, at(now));
                if (s.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cluster_lease WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return false;
                    }
                }
            }
            insert(c, name, ThisNode.name(), now);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("The lease " + name + " could not be taken: " + e.getMessage(), e);
        }
    }

    /** Creates the lease {@code name}, held by this server (a batch run's, named after its execution). */
    public void create(String name) {
        try (Connection c = dataSource.getConnection()) {
            insert(c, name, ThisNode.name(), Instant.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("The lease " + name + " could not be created: " + e.getMessage(), e);
        }
    }

    /** Ends the lease {@code name} (a batch run's, when the run ends). */
    public void delete(String name) {
        execute("DELETE FROM cluster_lease WHERE name = ?", name);
    }

    /**
     * Takes over the lease {@code name} if its holder let it expire: the server that held it is gone.
     *
     * @return whether this server took it
     */
    public boolean takeOverExpired(String name) {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE cluster_lease SET holder = ?, acquired_at = ?, expires_at = ? WHERE name = ? AND expires_at < ?")) {
            s.setString(1, ThisNode.name());
            s.setObject(2, at(now));
            s.setObject(3, at(now.plus(TERM)));
            s.setString(4, name);
            s.setObject(5, at(now));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("The lease " + name + " could not be taken over: " + e.getMessage(), e);
        }
    }

    /** Renews every lease this server holds. */
    public void renewMine() {
        expireMineAt(Instant.now(clock).plus(TERM), "renewed");
    }

    /** Lets go of every lease this server holds, so that another server takes them at once (a clean shutdown). */
    public void releaseMine() {
        expireMineAt(Instant.now(clock).minusSeconds(1), "released");
    }

    private void expireMineAt(Instant expiry, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE cluster_lease SET expires_at = ? WHERE holder = ?")) {
            s.setObject(1, at(expiry));
            s.setString(2, ThisNode.name());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The leases could not be " + what + ": " + e.getMessage(), e);
        }
    }

    /** @return the lease {@code name}, if there is one */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<Lease> find(String name) {
        return read("SELECT name, holder, acquired_at, expires_at FROM cluster_lease WHERE name = ?", name).stream()
                .findFirst();
    }

    /** @return every lease, by name, and the mailbox readers' ({@code mailbox:CODE}, whose start is not kept) */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Lease> all() {
        return read("SELECT name, holder, acquired_at, expires_at FROM cluster_lease"
                + " UNION ALL SELECT CONCAT('mailbox:', mailbox), holder, CAST(NULL AS TIMESTAMP WITH TIME ZONE), expires_at"
                + " FROM mailbox_lease ORDER BY 1");
    }

    private List<Lease> read(String sql, String... parameters) {
        List<Lease> leases = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    OffsetDateTime acquired = r.getObject(3, OffsetDateTime.class);
                    leases.add(new Lease(r.getString(1), r.getString(2), acquired == null ? null : acquired.toInstant(),
                            r.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The leases could not be read: " + e.getMessage(), e);
        }
        return leases;
    }

    private static void insert(Connection c, String name, String holder, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO cluster_lease (name, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, holder);
            s.setObject(3, at(now));
            s.setObject(4, at(now.plus(TERM)));
            s.executeUpdate();
        }
    }

    private void execute(String sql, String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The lease " + name + " could not be changed: " + e.getMessage(), e);
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
