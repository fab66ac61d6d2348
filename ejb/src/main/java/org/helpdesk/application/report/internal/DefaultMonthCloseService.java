package org.helpdesk.application.report.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.report.MonthCloseService;
import org.helpdesk.domain.period.MonthClose;
import org.helpdesk.domain.period.MonthCloses;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.domain.time.HelpDeskCalendar;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultMonthCloseService implements MonthCloseService {

    @Inject
    private MonthCloses monthCloses;

    @Inject
    private Caller caller;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<ClosedMonth> closedMonths() {
        return monthCloses.all().stream().map(DefaultMonthCloseService::view).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ClosedMonth close(CloseMonth command) {
        YearMonth month = YearMonth.parse(command.month());
        Instant now = caller.now();
        if (!month.isBefore(HelpDeskCalendar.monthOf(now))) {
            throw new TicketRuleException("rule.monthNotEnded",
                    "The month {0} has not ended yet: only a past month can be closed.", String.valueOf(month));
        }
        if (monthCloses.isClosed(month)) {
            throw new TicketRuleException("rule.monthAlreadyClosed", "The month {0} is already closed.",
                    String.valueOf(month));
        }
        MonthClose close = new MonthClose(month, caller.username(), now);
        monthCloses.add(close);
        return view(close);
    }

    private static ClosedMonth view(MonthClose m) {
        return new ClosedMonth(m.getMonth().toString(), m.getClosedAt(), m.getClosedBy());
    }
}
