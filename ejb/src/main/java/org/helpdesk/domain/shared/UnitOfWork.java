package org.helpdesk.domain.shared;

/**
 * The changes of the current transaction. Repositories add and load; the application service writes the changes
 * once its command is complete ({@link #flush()}), so a concurrent edit is refused while the service can still name
 * who made it, rather than at commit.
 */
public interface UnitOfWork {

    /**
     * Writes the pending changes now.
     *
     * @throws LostUpdateException if a row changed was changed by another transaction since it was read
     */
    void flush();
}
