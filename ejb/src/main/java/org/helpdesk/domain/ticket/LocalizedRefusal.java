package org.helpdesk.domain.ticket;

import java.util.List;

/**
 * A refusal a screen can show in the user's language. {@link Exception#getMessage()} stays the English text (the
 * REST API's {@code detail}); {@link #messageKey()} names the pattern in the screens' bundles ({@code rule.…},
 * {@code stale.…}) and {@link #messageArguments()} fills it: strings as they are, enum values by their label,
 * instants as date and time in the user's language.
 */
public interface LocalizedRefusal {

    String messageKey();

    List<Object> messageArguments();
}
