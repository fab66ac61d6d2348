/**
 * What every aggregate shares: the unit of work the application layer flushes, and the refusal of a change that lost
 * the race against another one. Plain Java: no JPA, no container.
 */
package org.helpdesk.domain.shared;
