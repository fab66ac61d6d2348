package org.helpdesk.web.rest;

/**
 * The database failed while a change was being committed: it may have been saved or not, and only the database
 * knows. Answered 503 with a message that says so.
 */
public class CommitOutcomeUnknown extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknown(Throwable cause) {
        super("The commit's outcome is unknown: " + cause, cause);
    }
}
