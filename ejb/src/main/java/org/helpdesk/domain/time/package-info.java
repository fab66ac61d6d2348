/**
 * The help desk's time: its zone and the day its operators call today; its calendar (working hours, Italy's national
 * holidays, the days the administrator closed) and business time measured with it; the calendar as stored (the
 * working week's row, the closed days, the journal of their changes) and the ports that read and store it.
 */
package org.helpdesk.domain.time;
