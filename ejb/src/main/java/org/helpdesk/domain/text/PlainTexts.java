package org.helpdesk.domain.text;

/**
 * Free text is plain text: no control characters but tab, line feed and carriage return. NUL (U+0000) above all:
 * PostgreSQL cannot store it, H2 would; and no mail, PDF or screen can show any of them.
 */
public final class PlainTexts {

    private PlainTexts() {
    }

    /** @return whether {@code text} (may be {@code null}) has no control character but tab, line feed and return */
    public static boolean isPlain(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
