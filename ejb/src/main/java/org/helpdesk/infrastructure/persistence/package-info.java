/**
 * The database as infrastructure: schema migrations (Flyway, {@code db/migration}, and those written in Java in
 * {@code .migration}) applied at deployment, on H2 and PostgreSQL alike, and the JPA implementations of the domain's repositories and queries, each named
 * {@code Jpa} and the interface it implements. Domain and application classes never import from here.
 */
package org.helpdesk.infrastructure.persistence;
