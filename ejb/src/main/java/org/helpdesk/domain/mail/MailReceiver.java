package org.helpdesk.domain.mail;

import java.util.List;

/**
 * Where a mailbox's reader hands what it reads. Each call runs and commits in a transaction of its own: the reader
 * marks a mail read and moves it out of the inbox only after its call returned, so a crash in between reads the
 * mail again, which {@link #receive} then recognises by its Message-ID.
 */
public interface MailReceiver {

    /** What became of a mail handed to {@link #receive}. */
    enum Received {
        /** Recorded now: on a ticket, waiting for an operator, or a bounce. */
        RECORDED,
        /** Recorded before, under the same Message-ID: nothing done. */
        DUPLICATE
    }

    /** A mail in an errors folder that an administrator wants read again. */
    record RetryRequest(long errorId, String messageId) implements java.io.Serializable {
    }

    Received receive(String mailbox, ParsedMail mail);

    /** Lists a mail that could not be read, for an administrator; the reader then moves it to the errors folder. */
    void unreadable(String mailbox, String messageId, String fromAddress, String subject, long size, String reason);

    List<RetryRequest> retriesRequested(String mailbox);

    /** The reader moved the mail back to the inbox (or found it no longer in the errors folder). */
    void retried(long errorId);
}
