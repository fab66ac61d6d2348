package org.helpdesk.application;

import org.helpdesk.domain.shared.InvalidValueException;

/**
 * A value in a request (a field of its body, a filter of its query) names something that does not exist: an
 * unknown customer, contact, ticket or staff user. The request is well-formed and what it is addressed to exists, so
 * this is not a 404: the REST API answers 422 and names the field ({@code customer: There is no customer ACME.}); the
 * screens show the message in the user's language (keys {@code notFound.…}, as the 404s). A missing resource named
 * in the path is a {@link NotFoundException} instead.
 */
public class UnknownReferenceException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field or query parameter as the caller wrote it, e.g. {@code contactId}
     * @param key the pattern's key in the screens' bundles, {@code notFound.…}
     * @param english what is missing, for a user, without the field's name: {@code "There is no customer {0}."}
     * @param arguments what the field named, as text
     */
    public UnknownReferenceException(String field, String key, String english, Object... arguments) {
        super(key, english, arguments);
        this.field = field;
    }

    /** @return the field or query parameter that names the missing thing */
    public String getField() {
        return field;
    }
}
