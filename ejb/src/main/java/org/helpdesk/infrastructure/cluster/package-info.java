/**
 * The servers of the help desk and who does what among them: a single server, or the nodes of a WildFly cluster that
 * share one database. {@link org.helpdesk.infrastructure.cluster.ClusterNodes} records each server's heartbeat;
 * {@link org.helpdesk.infrastructure.cluster.ClusterLeases} hands each piece of continuous work to one server at a time and
 * to another when that one stops renewing it.
 */
package org.helpdesk.infrastructure.cluster;
