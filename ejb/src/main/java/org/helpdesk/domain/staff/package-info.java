/**
 * Staff users of the help desk and their roles. A {@link org.helpdesk.domain.staff.StaffUser} is what the
 * Elytron realm authenticates against; nothing here sends mail or talks to the outside world.
 */
package org.helpdesk.domain.staff;
