package org.helpdesk.domain.shared;

import java.util.List;

/**
 * A refusal a screen can show in the user's language. {@link Exception#getMessage()} stays the English text (the
 * REST API's {@code detail}); {@link #messageKey()} names the pattern in the screens' bundles ({@code rule.…},
 * {@code value.…}, {@code notFound.…}, {@code stale.…}) and {@link #messageArguments()} fills it: strings as they are
 * (numbers as text, so that they are not grouped), a {@link Term} by its translation, a list by its elements joined
 * with commas, enum values by their label, instants as date and time and dates as dates in the user's language.
 */
public interface LocalizedRefusal {

    String messageKey();

    List<Object> messageArguments();
}
