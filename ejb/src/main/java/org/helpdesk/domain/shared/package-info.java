/**
 * What every aggregate shares: the refusal of a value a caller gave ({@link
 * org.helpdesk.domain.shared.InvalidValueException}, with the common checks in {@link
 * org.helpdesk.domain.shared.Values}) and the contract that lets the screens show any refusal in the user's language
 * ({@link org.helpdesk.domain.shared.LocalizedRefusal}, {@link org.helpdesk.domain.shared.Term}). It depends on no
 * aggregate and on nothing outside the JDK.
 */
package org.helpdesk.domain.shared;
