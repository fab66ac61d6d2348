/**
 * Accounting periods: the months an administrator closed (no time entry may be added, reversed or changed with a
 * date in them) and the register of the hours-spent statements produced, with their repositories
 * ({@link org.helpdesk.domain.period.MonthCloses}, {@link org.helpdesk.domain.period.IssuedStatements}), which the
 * persistence layer implements.
 */
package org.helpdesk.domain.period;
