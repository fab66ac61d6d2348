package org.helpdesk.domain.staff;

import java.util.List;
import java.util.Optional;

/** The staff users. Implemented by the persistence layer; runs in the caller's transaction. */
public interface StaffMembers {

    Optional<StaffUser> byUsername(String username);

    /** @return whether a user, active or not, has this username, without loading it */
    boolean exists(String username);

    /** @return every user, active or not, by username */
    List<StaffUser> all();

    /** @return the active users who hold {@code role}, by display name */
    List<StaffUser> activeWithRole(Role role);

    /** @return the active programming managers and the active programmers on duty, by username */
    List<StaffUser> blockingProblemRecipients();

    void add(StaffUser user);
}
