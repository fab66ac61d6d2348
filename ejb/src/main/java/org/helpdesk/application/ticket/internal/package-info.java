/** The ticket services' implementations: the transaction and security boundary around the ticket aggregates, the audit journal, stale-edit refusals and the notifications a ticket change sends. Used only by the container, never by other modules. */
package org.helpdesk.application.ticket.internal;
