/** The outbox service's implementation. Used only by the container. */
package org.helpdesk.application.mail.internal;
