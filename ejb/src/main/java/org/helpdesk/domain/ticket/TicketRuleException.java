package org.helpdesk.domain.ticket;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.helpdesk.domain.shared.LocalizedRefusal;

/**
 * A business rule refused an action that the ticket's state allows, for example agreeing the closure before any
 * hours are recorded. The message tells the user what to do instead; the screens show it in the user's language
 * ({@link LocalizedRefusal}).
 */
public class TicketRuleException extends RuntimeException implements LocalizedRefusal {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    /**
     * @param key the pattern's key in the screens' bundles, {@code rule.…}
     * @param english the English pattern ({@link MessageFormat}: {0}, {1}, …), the same as the bundle's
     * @param arguments strings (numbers as text, so that they are not grouped)
     */
    public TicketRuleException(String key, String english, Object... arguments) {
        super(new MessageFormat(english, Locale.ENGLISH).format(arguments));
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments;
    }
}
