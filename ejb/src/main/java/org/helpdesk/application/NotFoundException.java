package org.helpdesk.application;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.helpdesk.domain.shared.LocalizedRefusal;

/**
 * What the caller asked for does not exist (or is not theirs to see). The REST API answers 404 with the English
 * text; the screens show it in the user's language ({@link LocalizedRefusal}, keys {@code notFound.…}).
 */
public class NotFoundException extends RuntimeException implements LocalizedRefusal {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    /**
     * @param key the pattern's key in the screens' bundles, {@code notFound.…}
     * @param english the English pattern ({@link MessageFormat}), the same as the English bundle's
     * @param arguments what was asked for, as text: {@code "There is no customer {0}."}, {@code "ACME"}
     */
    public NotFoundException(String key, String english, Object... arguments) {
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
