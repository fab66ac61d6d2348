/**
 * The calendar service's implementation: the transaction and security boundary around the stored calendar, the
 * journal of its changes, the stale-edit refusal of the working week and the reader of iCalendar files. Used only by
 * the container, never by other modules.
 */
package org.helpdesk.application.calendar.internal;
