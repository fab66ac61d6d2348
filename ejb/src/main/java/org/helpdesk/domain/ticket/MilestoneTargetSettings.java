package org.helpdesk.domain.ticket;

import java.util.Optional;

/** The milestone targets of each severity, as the administrator set them. */
public interface MilestoneTargetSettings {

    /** @return the targets of {@code severity}: as set, or the defaults where nobody set them */
    MilestoneTargets of(Severity severity);

    /** @return the targets of {@code severity} where they were ever stored */
    Optional<MilestoneTargets> stored(Severity severity);

    /** @return the targets as committed in the database (never a cached copy), where they were ever set */
    Optional<MilestoneTargets> committed(Severity severity);

    void add(MilestoneTargets targets);
}
