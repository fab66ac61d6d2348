/**
 * Accounting periods: the months an administrator closed (no time entry may be added, reversed or changed with a
 * date in them) and the register of the hours-spent statements produced.
 */
package org.helpdesk.domain.period;
