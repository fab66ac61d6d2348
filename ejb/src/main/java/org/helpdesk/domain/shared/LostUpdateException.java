package org.helpdesk.domain.shared;

import java.util.Optional;

/**
 * Another transaction changed a row this one changed, between the read and the write (the database refused the
 * write on its version). The application service turns it into a refusal naming who made the other change.
 */
public class LostUpdateException extends RuntimeException {

    private final transient Class<?> entityType;
    private final transient Object id;

    /**
     * @param entityType the class of the row refused, when the database said which
     * @param id its identifier, when known
     */
    public LostUpdateException(Class<?> entityType, Object id, Throwable cause) {
        super("The change lost the race against another one" + (entityType == null ? "" : " on "
                + entityType.getSimpleName() + " " + id) + ".", cause);
        this.entityType = entityType;
        this.id = id;
    }

    /** @return the entity refused and its identifier, when the database said which */
    public <T> Optional<Object> idOf(Class<T> type) {
        return type.equals(entityType) ? Optional.ofNullable(id) : Optional.empty();
    }
}
