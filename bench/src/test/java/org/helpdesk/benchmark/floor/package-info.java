/**
 * The platform's floor for opening a ticket, deployed by {@code TicketBenchmark} beside the application as
 * {@code floor.war} (benchmark only, never shipped): the same JSON in, the same two rows written through the same
 * datasource, on the same server, with none of the application's layers (EJB, JPA, Bean Validation, sign-in). What
 * it measures is what WildFly and PostgreSQL alone cost on the machine; the application's creation is compared with
 * it in the same run.
 */
package org.helpdesk.benchmark.floor;
