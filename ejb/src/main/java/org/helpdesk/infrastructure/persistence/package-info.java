/**
 * The database as infrastructure: schema migrations (Flyway, {@code db/migration}) applied at deployment,
 * on H2 and PostgreSQL alike. Domain classes never import from here.
 */
package org.helpdesk.infrastructure.persistence;
