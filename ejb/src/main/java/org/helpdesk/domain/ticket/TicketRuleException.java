package org.helpdesk.domain.ticket;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A business rule refused an action that the ticket's state allows, for example agreeing the closure before any
 * hours are recorded. The message tells the user what to do instead and is shown as it is; one made with a key is
 * shown on the screens in the user's language ({@link LocalizedRefusal}).
 */
public class TicketRuleException extends RuntimeException implements LocalizedRefusal {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    public TicketRuleException(String message) {
        super(message);
        this.key = null;
        this.arguments = List.of();
    }

    /**
     * @param key the pattern's key in the screens' bundles, {@code rule.…}
     * @param english the English pattern ({@link MessageFormat}: {0}, {1}, …), the same as the bundle's
     * @param arguments strings (numbers as text, so that they are not grouped)
     */
    public TicketRuleException(String key, String english, Object... arguments) {
        super(new MessageFormat(english, Locale.ENGLISH).format(arguments));
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** @return the key, or null for a message that exists in English only */
    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments;
    }
}
