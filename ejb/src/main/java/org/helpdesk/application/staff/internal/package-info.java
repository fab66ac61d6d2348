/** The staff services' implementations. Used only by the container. */
package org.helpdesk.application.staff.internal;
