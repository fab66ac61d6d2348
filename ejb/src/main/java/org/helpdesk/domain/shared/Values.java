package org.helpdesk.domain.shared;

/**
 * The checks every aggregate makes of the values people give it, refusing with {@link InvalidValueException}: the
 * field is named by the words {@code what} ({@code "subject"}), translated on the screens as {@link Term#field}.
 */
public final class Values {

    private Values() {
    }

    /** @return the text stripped; refused when missing or blank */
    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw InvalidValueException.required(what);
        }
        return value.strip();
    }

    /** @return the text stripped; refused when missing, blank or longer than {@code max} characters */
    public static String text(String value, String what, int max) {
        return maxLength(text(value, what), what, max);
    }

    /** @return the text stripped, or null when missing or blank; refused when longer than {@code max} */
    public static String optionalText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), what, max);
    }

    /**
     * For text that is kept rather than refused when too long (what a mail or a mail server wrote): no person can
     * shorten it.
     *
     * @return the text's first {@code max} characters, or null for null
     */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** @return the value; refused when missing */
    public static <T> T value(T value, String what) {
        if (value == null) {
            throw InvalidValueException.required(what);
        }
        return value;
    }

    private static String maxLength(String value, String what, int max) {
        if (value.length() > max) {
            throw InvalidValueException.tooLong(what, max, value.length());
        }
        return value;
    }
}
