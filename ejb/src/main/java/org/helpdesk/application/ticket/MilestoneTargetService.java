package org.helpdesk.application.ticket;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.helpdesk.domain.ticket.ClockMode;
import org.helpdesk.domain.ticket.Severity;

/**
 * The time allowed for each milestone, per severity, how it is counted (business hours or round the clock) and when
 * the operator is warned. Every staff role reads them; ADMIN changes them. A change judges every ticket of that
 * severity, open or closed, against the new targets; the due times of the open ones are computed again in the
 * background within seconds.
 */
@Local
public interface MilestoneTargetService {

    /**
     * @param clockMode how the severity's clocks count: business hours or round the clock
     * @param warningPercent the share of a target at which the operator is warned
     */
    record TargetsView(Severity severity, long version, int takingChargeMinutes, int firstFeedbackMinutes,
            int resolutionMinutes, ClockMode clockMode, int warningPercent) implements java.io.Serializable {
    }

    /** {@code clockMode} and {@code warningPercent} stay as they are when absent (null). */
    record ChangeTargets(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer takingChargeMinutes,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer firstFeedbackMinutes,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 525_600, message = "{validation.maxYear}") Integer resolutionMinutes,
            ClockMode clockMode,
            @Min(value = 1, message = "{validation.percent}") @Max(value = 99, message = "{validation.percent}")
            Integer warningPercent) implements java.io.Serializable {
    }

    /** High, Average, Low, Secondary, in that order. */
    List<TargetsView> all();

    /**
     * ADMIN. Refused with {@link StaleEditException}, naming who changed them and when, if the targets changed since
     * the caller read {@code version}.
     */
    TargetsView change(@NotNull Severity severity, @NotNull @Valid ChangeTargets command);
}
