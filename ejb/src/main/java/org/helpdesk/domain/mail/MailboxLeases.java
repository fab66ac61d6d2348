package org.helpdesk.domain.mail;

import java.time.Instant;

/** Who reads each mailbox: one reader at a time, on whichever server. */
public interface MailboxLeases {

    /**
     * Takes or renews the lease of {@code mailbox} for {@code holder} until {@code until}, unless another holder
     * has it and it has not expired at {@code now}.
     *
     * @return whether {@code holder} holds the lease now
     */
    boolean acquire(String mailbox, String holder, Instant now, Instant until);

    /** Gives the lease up, if {@code holder} has it. */
    void release(String mailbox, String holder);
}
