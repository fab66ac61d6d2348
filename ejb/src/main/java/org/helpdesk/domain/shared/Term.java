package org.helpdesk.domain.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A word inside a refusal that the screens translate on their own: the name of the field that was refused, of a
 * question, of a milestone. Its {@link #toString()} is the English word, so the English text of a refusal reads
 * as before; the screens look {@link #key()} up in their bundles, where the Italian word carries its article
 * ({@code value.field.subject=l'oggetto}) so that one pattern fits every field.
 *
 * @param key the word's key in the screens' bundles
 * @param english the word as an English sentence uses it, in lower case: {@code subject}
 */
public record Term(String key, String english) implements java.io.Serializable {

    /** The prefix of the keys {@link #field(String)} makes. */
    public static final String FIELD_PREFIX = "value.field.";

    public Term {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
    }

    /**
     * The name of a field as the domain writes it ({@code "reason for reopening"}), translated under
     * {@code value.field.} and the words in camel case ({@code value.field.reasonForReopening}).
     */
    public static Term field(String english) {
        return new Term(FIELD_PREFIX + camelCase(english), english);
    }

    /** {@code "e-mail address"} -> {@code eMailAddress}: letters and digits only, each later word capitalised. */
    public static String camelCase(String words) {
        StringBuilder key = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            key.append(key.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return english;
    }
}
