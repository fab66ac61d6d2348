package org.helpdesk.domain.shared;


/**
 * A value the caller passed cannot be read at all, whatever the data: a list position that is no list position. The
 * REST API answers 400, as for any parameter it cannot read; the message names the value received and what is
 * accepted (keys {@code unreadable.…} on the screens).
 */
public class UnreadableValueException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** As {@link InvalidValueException#InvalidValueException(String, String, Object...)}. */
    public UnreadableValueException(String key, String english, Object... arguments) {
        super(key, english, arguments);
    }

    /**
     * @return the value as a message quotes it: in single quotes, and cut short when long (it is the caller's text)
     */
    public static String quoted(String value) {
        String text = value == null ? "" : value;
        return "'" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "'";
    }
}
