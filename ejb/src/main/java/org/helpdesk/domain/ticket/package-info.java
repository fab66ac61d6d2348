/**
 * Service tickets and programming tickets: their lifecycles, the three milestones, comments, time entries and
 * history. This is where tickets change state: each ticket class holds an explicit table of the actions its states
 * allow, and its commands enforce the business rules with {@link org.helpdesk.domain.ticket.IllegalTransitionException}
 * and {@link org.helpdesk.domain.ticket.TicketRuleException}, and refuse a wrong value with
 * {@link org.helpdesk.domain.shared.InvalidValueException}: all three are shown to the user in their language.
 *
 * <p>Nothing here reads the clock, the database or the current user: commands take the acting username and the
 * instant, so the rules are tested with fixed instants; new comments, time entries and
 * {@link org.helpdesk.domain.ticket.AuditEvent}s are returned for the application service to persist.
 */
package org.helpdesk.domain.ticket;
