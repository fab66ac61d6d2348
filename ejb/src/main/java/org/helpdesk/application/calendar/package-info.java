/**
 * The help desk's calendar as screens and the REST API use it: the working hours, the closed days (added by hand or
 * imported from an iCalendar file), Italy's national holidays of a year and the journal of changes.
 */
package org.helpdesk.application.calendar;
