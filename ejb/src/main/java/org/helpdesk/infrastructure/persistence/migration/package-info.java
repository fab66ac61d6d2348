/**
 * Schema migrations written in Java, for the changes SQL cannot make alike on H2 and PostgreSQL (such as reading an
 * instant in the help desk's configured time zone). Each is named as Flyway's SQL migrations are
 * ({@code V74__Description}) and registered by {@link org.helpdesk.infrastructure.persistence.DatabaseMigration},
 * which applies them in order with those of {@code db/migration}. They use JDBC on Flyway's connection only: no JPA,
 * no service.
 */
package org.helpdesk.infrastructure.persistence.migration;
