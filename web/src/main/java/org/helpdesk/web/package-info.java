/**
 * The web module: the staff screens (Jakarta Faces + PrimeFaces), thin backing beans named after their screen, one
 * package per area ({@code ticket}, {@code programming}, {@code admin}, ...), and the REST API ({@code rest}). Both
 * call the public application services and show their answers; no business rule lives here.
 */
package org.helpdesk.web;
