package org.helpdesk.infrastructure.cluster;

/** The name of the server this code runs on, unique in a cluster. */
public final class ThisNode {

    private ThisNode() {
    }

    /** @return this server's name in the cluster ({@code -Djboss.node.name}; WildFly's default is the host name) */
    public static String name() {
        return System.getProperty("jboss.node.name", "server");
    }
}
