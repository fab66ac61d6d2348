package org.helpdesk.domain.shared;

import java.util.List;


/**
 * A page of a keyset-paginated list.
 *
 * @param next the cursor for the following page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String next) implements java.io.Serializable {
}
