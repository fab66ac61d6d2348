/**
 * Password hashing in the format the server's Elytron {@code jdbc-realm} verifies (modular crypt, bcrypt).
 * Nothing here decides who may do what: that is {@code @RolesAllowed} on the services.
 */
package org.helpdesk.infrastructure.security;
