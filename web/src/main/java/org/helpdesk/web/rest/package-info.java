/**
 * The REST API under {@code /helpdesk/api/}: JSON resources that translate HTTP to the application services and
 * back. No business rule lives here; errors leave as {@code application/problem+json}, never as a stack trace.
 */
package org.helpdesk.web.rest;
