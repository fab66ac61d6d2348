/**
 * What every aggregate shares: the refusal of a value a caller gave ({@link
 * org.helpdesk.domain.shared.InvalidValueException}, with the common checks in {@link
 * org.helpdesk.domain.shared.Values}), the contract that lets the screens show any refusal in the user's language
 * ({@link org.helpdesk.domain.shared.LocalizedRefusal}, {@link org.helpdesk.domain.shared.Term}), the unit of work
 * the application layer flushes, the refusal of a change that lost the race against another one, and a page of a
 * list. It depends on no aggregate and on nothing outside the JDK but Bean Validation.
 */
package org.helpdesk.domain.shared;
