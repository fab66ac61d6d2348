/** Screens of service tickets: the operator's home, the new-ticket form, the ticket detail, search. */
package org.helpdesk.web.ticket;
