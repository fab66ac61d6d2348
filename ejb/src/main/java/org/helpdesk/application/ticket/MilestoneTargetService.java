package org.helpdesk.application.ticket;

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
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer takingChargeMinutes,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer firstFeedbackMinutes,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer resolutionMinutes) {
    }

    /** High, Average, Low, Secondary, in that order. */
    List<TargetsView> all();

    /**
     * ADMIN. Refused with {@link StaleEditException}, naming who changed them and when, if the targets changed since
     * the caller read {@code version}.
     */
    TargetsView change(@NotNull Severity severity, @NotNull @Valid ChangeTargets command);
}
