package org.helpdesk.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value the caller gave is refused: missing, too long, out of range, inconsistent with another value. The caller
 * can correct it and try again; nothing was changed (an application exception that rolls the transaction back,
 * ejb-jar.xml). The REST API answers 422 with the English text, the screens show the key's pattern in the user's
 * language ({@link LocalizedRefusal}).
 *
 * <p>Only a caller's value is refused so: an argument that only a mistake in the code can get wrong (an impossible
 * state, a missing acting user) stays an {@link IllegalArgumentException}, which is a fault answered with 500 and
 * logged, never shown as a refusal.
 */
public class InvalidValueException extends RuntimeException implements LocalizedRefusal {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    /**
     * @param key the pattern's key in the screens' bundles, {@code value.…}
     * @param english the English pattern ({@link MessageFormat}: {0}, {1}, …; '' for an apostrophe), the same as
     *        the English bundle's
     * @param arguments see {@link LocalizedRefusal}: strings (numbers as text), {@link Term}s, lists of them, ...
     */
    public InvalidValueException(String key, String english, Object... arguments) {
        super(english(english, arguments));
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** "The subject is required." */
    public static InvalidValueException required(String field) {
        return new InvalidValueException("value.required", "The {0} is required.", Term.field(field));
    }

    /** "The subject can be at most 200 characters long (this one has 201)." */
    public static InvalidValueException tooLong(String field, int max, int length) {
        return new InvalidValueException("value.tooLong",
                "The {0} can be at most {1} characters long (this one has {2}).", Term.field(field),
                String.valueOf(max), String.valueOf(length));
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public List<Object> messageArguments() {
        return arguments;
    }

    private static String english(String pattern, Object[] arguments) {
        Object[] words = Arrays.stream(arguments)
                .map(a -> a instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : a)
                .toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(words);
    }
}
