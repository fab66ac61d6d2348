package org.helpdesk.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.helpdesk.domain.ticket.Severity;

/**
 * The time allowed for each milestone, per severity. Every staff role reads them; ADMIN changes them. A change
 * applies to every ticket of that severity, open or closed, when its milestones are next computed.
 */
@Local
public interface MilestoneTargetService {

    record TargetsView(Severity severity, long version, int takingChargeMinutes, int firstFeedbackMinutes,
            int resolutionMinutes) {
    }

    record ChangeTargets(
            @NotNull(message = "send the version you edited") Long version,
            @NotNull(message = "give the minutes") @Min(value = 1, message = "at least 1 minute")
            @Max(value = 525_600, message = "at most a year") Integer takingChargeMinutes,
            @NotNull(message = "give the minutes") @Min(value = 1, message = "at least 1 minute")
            @Max(value = 525_600, message = "at most a year") Integer firstFeedbackMinutes,
            @NotNull(message = "give the minutes") @Min(value = 1, message = "at least 1 minute")
            @Max(value = 525_600, message = "at most a year") Integer resolutionMinutes) {
    }

    /** High, Average, Low, Secondary, in that order. */
    List<TargetsView> all();

    TargetsView change(@NotNull Severity severity, @NotNull @Valid ChangeTargets command);
}
