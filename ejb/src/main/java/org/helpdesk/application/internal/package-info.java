/**
 * {@code @Stateless} implementations of the application services. Every public method states who may call it
 * ({@code @RolesAllowed} or {@code @PermitAll}); business rules stay in the domain aggregates.
 */
package org.helpdesk.application.internal;
