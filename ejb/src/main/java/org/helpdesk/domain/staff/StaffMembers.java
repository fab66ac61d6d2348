package org.helpdesk.domain.staff;

import java.util.List;
import java.util.Optional;

/** The staff users. Implemented by the persistence layer; runs in the caller's transaction. */
public interface StaffMembers {

    Optional<StaffUser> byUsername(String username);

    /** @return the active programming managers and the active programmers on duty, by username */
    List<StaffUser> blockingProblemRecipients();

    void add(StaffUser user);
}
