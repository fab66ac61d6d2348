package org.helpdesk.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.application.report.MonthCloseService;
import org.helpdesk.application.report.MonthCloseService.CloseMonth;
import org.helpdesk.application.report.MonthCloseService.ClosedMonth;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * Month close as the homes show it: the months closed, the last one, whether last month is still open. Every staff
 * member may see it; only an administrator closes last month, after saying so twice (a closed month is never
 * reopened).
 */
@Named
@ViewScoped
public class MonthCloseState implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The closed months a home lists, newest first. */
    private static final int SHOWN = 6;

    @EJB
    private MonthCloseService months;

    @Inject
    private UserSession session;

    @Inject
    private Formats fmt;

    private List<ClosedMonth> closed = List.of();
    private YearMonth previous;
    private boolean confirming;

    @PostConstruct
    void load() {
        closed = months.closedMonths();
        previous = YearMonth.now(Formats.ZONE).minusMonths(1);
    }

    /** @return the newest closed month, or null when none was ever closed */
    public ClosedMonth getLastClosed() {
        return closed.isEmpty() ? null : closed.get(0);
    }

    public List<ClosedMonth> getRecent() {
        return closed.subList(0, Math.min(SHOWN, closed.size()));
    }

    /** @return this month, {@code 2026-12} */
    public String getCurrent() {
        return previous.plusMonths(1).toString();
    }

    /** @return last month, {@code 2026-11}: the month that can be closed now */
    public String getPrevious() {
        return previous.toString();
    }

    public boolean isPreviousClosed() {
        String month = previous.toString();
        return closed.stream().anyMatch(c -> month.equals(c.month()));
    }

    /** Whether this user may close last month now: it is open and they are an administrator. */
    public boolean isClosable() {
        return !isPreviousClosed() && session.hasRole(Role.Names.ADMIN);
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** The first step: the consequences are shown with the button that closes. */
    public void askToClose() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public void closePrevious() {
        String month = previous.toString();
        if (Messages.attempt(() -> months.close(new CloseMonth(month))) != null) {
            Messages.info("monthClose.done", fmt.month(month));
        }
        confirming = false;
        load();
    }
}
