package org.helpdesk.infrastructure.persistence;

/** Failure messages for logs and health: the innermost cause says what is wrong, the outer ones only where. */
public final class RootCause {

    private RootCause() {
    }

    /** @return e.g. {@code "ConnectException: Connection refused"} */
    public static String of(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
