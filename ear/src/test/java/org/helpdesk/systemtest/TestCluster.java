package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.dmr.ModelNode;

/**
 * A Helpdesk cluster of the tests' own, as the README's cluster command runs it: two nodes on {@code helpdesk-ha.xml}
 * (JGroups over TCP on the loopback address, members found through the database, sessions and second-level cache
 * shared through Infinispan, EJB timers in the database) and the load balancer ({@code helpdesk-balancer.xml},
 * mod_cluster) in front of them, on a PostgreSQL database of their own ({@code <suite's>_cluster}), with an SMTP server
 * of their own. Ports: the suite's offset plus 100 (node1), 200 (node2) and 300 (the balancer); SMTP the suite's plus
 * 100. The suite's server and the other test classes never see it.
 */
final class TestCluster implements AutoCloseable {

    static final int NODE1 = 100;
    static final int NODE2 = 200;
    static final int BALANCER = 300;

    private final String database;
    private final GreenMail smtp;
    private final List<String> options;
    private OwnServer node1;
    private OwnServer node2;
    private OwnServer balancer;

    private TestCluster(String database, GreenMail smtp, List<String> options) {
        this.database = database;
        this.smtp = smtp;
        this.options = options;
    }

    /** Starts the SMTP server, node1 (which migrates the database and loads the demo data), node2, the balancer. */
    static TestCluster start() throws Exception {
        String database = System.getProperty("helpdesk.test.jdbc.url").replaceFirst("^.*/", "") + "_cluster";
        OwnServer.maintenance(statement -> {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " WITH TEMPLATE = template0 ENCODING = 'UTF8'");
        });
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int balancerMcmp = 8099 + Integer.getInteger("helpdesk.test.port.offset", 0) + BALANCER;
        TestCluster cluster = new TestCluster(database, smtp, List.of("-Dhelpdesk.balancer.port=" + balancerMcmp,
                "-Djboss.bind.address.private=127.0.0.1"));
        try {
            cluster.node1 = cluster.startNode("node1", NODE1);
            cluster.node2 = cluster.startNode("node2", NODE2);
            cluster.balancer = OwnServer.startBalancer("balancer", BALANCER);
            cluster.awaitBalancerRoutesToBoth();
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    static int smtpPort() {
        return TestPorts.SMTP_PORT + NODE1;
    }

    private OwnServer startNode(String name, int shift) throws Exception {
        List<String> nodeOptions = new ArrayList<>(options);
        nodeOptions.add("-Djboss.node.name=" + name);
        return OwnServer.startNode(name, shift, smtpPort(), database, nodeOptions.toArray(String[]::new));
    }

    OwnServer node(String name) {
        return switch (name) {
            case "node1" -> node1;
            case "node2" -> node2;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The node that is not {@code name}. */
    OwnServer other(String name) {
        return node(name.equals("node1") ? "node2" : "node1");
    }

    /**
     * Starts again any node killed by a test, so that the next test finds both nodes running: once the other node's
     * cluster view has let the killed one go (a node that joins while its previous life is still a member would wait
     * for a state transfer from it), then until it answers and both views hold two members.
     */
    void revive() throws Exception {
        for (String name : List.of("node1", "node2")) {
            OwnServer node = node(name);
            if (!node.alive()) {
                OwnServer other = other(name);
                await(name + " gone from the other node's view").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500)).until(() -> !view(other).contains(name));
                node.restart();
            }
        }
        for (String name : List.of("node1", "node2")) {
            await("two members in " + name + "'s view").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> view(node(name)).contains("node1") && view(node(name)).contains("node2"));
        }
        awaitBalancerRoutesToBoth();
    }

    /**
     * Waits until requests through the balancer reach both nodes. The balancer gives a node that has just started
     * requests only once it has had the node's first status; a test that killed the other node before then would find
     * no node to answer.
     */
    private void awaitBalancerRoutesToBoth() {
        Set<String> reached = new HashSet<>();
        await("the balancer routing to both nodes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> {
                    reached.add(Api.json(api().get("health")).getString("node"));
                    return reached.containsAll(List.of("node1", "node2"));
                });
    }

    /** @return the node's JGroups view, as its management interface reads it ("" while it has none) */
    static String view(OwnServer node) throws java.io.IOException {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("subsystem", "jgroups").add("channel", "ee");
        read.get("name").set("view");
        ModelNode answer = node.execute(read);
        return answer.get("outcome").asString().equals("success") ? answer.get("result").asString() : "";
    }

    /** The REST API through the balancer, as users reach it. */
    Api.Endpoint api() {
        return Api.at(URI.create(balancer.http() + "/helpdesk/api/"));
    }

    /** The balancer's address of the screens ({@code http://localhost:PORT/helpdesk/}). */
    URI screens() {
        return URI.create(balancer.http() + "/helpdesk/");
    }

    GreenMail smtp() {
        return smtp;
    }

    TestDatabase database() {
        return node1.database();
    }

    @Override
    public void close() throws Exception {
        try {
            for (OwnServer server : new OwnServer[] {balancer, node2, node1}) {
                if (server != null) {
                    server.close();
                }
            }
        } finally {
            smtp.stop();
            OwnServer.maintenance(statement -> statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
        }
    }
}
