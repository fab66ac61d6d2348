package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Arrays;
import java.util.List;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.ticket.MilestoneTargetService;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketRuleException;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultMilestoneTargetService implements MilestoneTargetService {

    @Inject
    private MilestoneTargetSettings settings;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Caller caller;

    @EJB
    private StaleEdits staleEdits;

    @EJB
    private ClockRefreshBatch clockRefresh;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<TargetsView> all() {
        return Arrays.stream(Severity.values()).map(this::targets).map(DefaultMilestoneTargetService::view).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public TargetsView change(Severity severity, ChangeTargets command) {
        MilestoneTargets targets = targets(severity);
        if (command.version() > targets.getVersion()) {
            // Not a stale edit: nobody ever saw this version. The severity's English name is in the English text;
            // the argument is the severity itself, named in the user's language on the screens.
            throw new TicketRuleException("rule.noSuchTargetsVersion", "The milestone targets for " + severity.label()
                    + " have no version {1}: their current version is {2}. Reload them and try again.", severity,
                    String.valueOf(command.version()), String.valueOf(targets.getVersion()));
        }
        if (targets.getVersion() != command.version()) {
            throw StaleEdits.of(targets);
        }
        targets.change(command.takingChargeMinutes(), command.firstFeedbackMinutes(), command.resolutionMinutes(),
                command.clockMode() == null ? targets.getClockMode() : command.clockMode(),
                command.warningPercent() == null ? targets.getWarningPercent() : command.warningPercent(),
                caller.username(), caller.now());
        try {
            unitOfWork.flush();
        } catch (LostUpdateException e) {
            throw staleEdits.lostRace(e, EditedRecord.MILESTONE_TARGETS, severity);
        }
        clockRefresh.markOpenStale();
        return view(targets);
    }

    private MilestoneTargets targets(Severity severity) {
        return settings.stored(severity).orElseGet(() -> {
            MilestoneTargets defaults = MilestoneTargets.defaults(severity);
            settings.add(defaults);
            return defaults;
        });
    }

    private static TargetsView view(MilestoneTargets t) {
        return new TargetsView(t.getSeverity(), t.getVersion(), t.getTakingChargeMinutes(),
                t.getFirstFeedbackMinutes(), t.getResolutionMinutes(), t.getClockMode(), t.getWarningPercent());
    }
}
