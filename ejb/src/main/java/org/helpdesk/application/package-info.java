/**
 * The application services: what screens, the REST API and batch jobs may ask of Helpdesk. Interfaces and the
 * DTOs they return live here; the {@code @Stateless} implementations, which are the transaction and security
 * boundary, live in {@code application.internal}.
 */
package org.helpdesk.application;
