/** The help desk's time: its zone and the day its operators call today. */
package org.helpdesk.domain.time;
