package org.helpdesk.application.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.infrastructure.cluster.ClusterLeases;
import org.helpdesk.infrastructure.cluster.ClusterNodes;
import org.helpdesk.infrastructure.cluster.ThisNode;

/**
 * The servers of the help desk (one, or the nodes of a cluster sharing the database) and the continuous work each
 * holds. Who may call what is stated on each method.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Cluster {

    @EJB
    private ClusterNodes nodes;

    @EJB
    private ClusterLeases leases;

    @Inject
    private Clock clock;

    /** A server whose heartbeat is fresh. */
    public record Node(String name, Instant startedAt, Instant seenAt, boolean thisOne) implements java.io.Serializable {
    }

    /** A piece of work and the server that holds it; {@code holder} is empty, and {@code held} false, when free. */
    public record Lease(String name, String holder, Instant acquiredAt, Instant expiresAt, boolean held) implements java.io.Serializable {
    }

    /** What an administrator sees: the servers and the leases. */
    public record Overview(List<Node> nodes, List<Lease> leases) implements java.io.Serializable {
    }

    /** @return the name of the server that runs this call; anyone may ask (the health check) */
    @PermitAll
    public String thisNode() {
        return ThisNode.name();
    }

    /** @return how many servers have a fresh heartbeat, 0 when the database cannot tell; anyone may ask (the health check) */
    @PermitAll
    public int memberCount() {
        return nodes.count();
    }

    /** @return the servers and who holds which work, for administrators */
    @RolesAllowed(Role.Names.ADMIN)
    public Overview overview() {
        Instant now = Instant.now(clock);
        List<Node> members = nodes.members().stream()
                .map(n -> new Node(n.name(), n.startedAt(), n.seenAt(), n.name().equals(ThisNode.name())))
                .toList();
        List<Lease> held = leases.all().stream()
                .map(l -> new Lease(l.name(), l.holder(), l.acquiredAt(), l.expiresAt(), l.heldAt(now))).toList();
        return new Overview(members, held);
    }

    /**
     * The monthly report run {@code execution} starts on this server: it holds the run's lease while it runs.
     * Internal: called by the run itself.
     */
    @PermitAll
    public void runStarted(long execution) {
        leases.create(runLease(execution));
    }

    /** The run {@code execution} ended: its lease goes. Internal: called by the run itself. */
    @PermitAll
    public void runEnded(long execution) {
        leases.delete(runLease(execution));
    }

    /**
     * Takes over the run {@code execution} if the server that ran it stopped renewing its lease (it died).
     * Internal: called by the run's schedule.
     *
     * @return whether this server is now to restart it
     */
    @PermitAll
    public boolean takeOverRun(long execution) {
        return leases.takeOverExpired(runLease(execution));
    }

    /**
     * Whether the run {@code execution} was left by a server that is gone, as this server starts: its lease expired,
     * it has none, or this server held it in its previous life. Internal: called by the run's schedule at start-up.
     */
    @PermitAll
    public boolean runLeftBehind(long execution, Instant serverStarted) {
        Optional<ClusterLeases.Lease> lease = leases.find(runLease(execution));
        if (lease.isEmpty()) {
            return true;
        }
        ClusterLeases.Lease l = lease.get();
        boolean previousLife = l.holder().equals(ThisNode.name()) && l.acquiredAt().isBefore(serverStarted);
        return previousLife || !l.heldAt(Instant.now(clock));
    }

    private static String runLease(long execution) {
        return "monthly-run-" + execution;
    }
}
