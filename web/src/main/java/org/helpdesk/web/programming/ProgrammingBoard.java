package org.helpdesk.web.programming;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.UserSession;

/**
 * The programming managers' board: every open programming ticket, High (blocking) first and flagged, then the
 * others oldest first; scheduling and assignment in place; how many open tickets each programmer holds.
 */
@Named
@ViewScoped
public class ProgrammingBoard extends ProgrammingWork {

    private static final long serialVersionUID = 1L;
    static final int MAX_SHOWN = 500;

    @EJB
    private StaffService staff;

    @Inject
    private UserSession session;

    private List<ProgrammingTicketSummary> open = List.of();
    private final Map<String, Long> versions = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        reload();
    }

    @Override
    protected void reload() {
        List<ProgrammingTicketSummary> all = new ArrayList<>();
        for (ProgrammingTicketState state : ProgrammingTicketState.values()) {
            if (state != ProgrammingTicketState.CLOSED) {
                all.addAll(programming.list(state, null, assigneeFilter(), null, MAX_SHOWN).items());
                if (assigneeFilter() != null) {
                    // Nobody waits for an assignment on a blocking problem: whoever is free picks it up.
                    programming.list(state, Severity.HIGH, null, null, MAX_SHOWN).items().stream()
                            .filter(p -> p.assignedProgrammer() == null).forEach(all::add);
                }
            }
        }
        all.sort(Comparator.comparing((ProgrammingTicketSummary p) -> !p.urgency().isBlocking())
                .thenComparing(ProgrammingTicketSummary::openedAt));
        open = all;
        versions.clear();
        all.forEach(p -> versions.put(p.number(), p.version()));
    }

    @Override
    protected boolean fixReadyFirst(String number) {
        return open.stream().anyMatch(p -> p.number().equals(number)
                && p.allowedActions().contains(ProgrammingTicket.Action.MARK_FIX_READY));
    }

    /** The board shows everyone's tickets; the programmer's list narrows it to the caller. */
    protected String assigneeFilter() {
        return null;
    }

    /** The version the board showed: a ticket changed since is refused as stale, never overwritten. */
    @Override
    protected long versionOf(String number) {
        Long version = versions.get(number);
        return version == null ? -1 : version;
    }

    /** Open tickets per programmer, unassigned ones under "-". */
    public Map<String, Long> getLoad() {
        Map<String, Long> load = new TreeMap<>();
        for (ProgrammingTicketSummary p : open) {
            load.merge(p.assignedProgrammer() == null ? "-" : p.assignedProgrammer(), 1L, Long::sum);
        }
        return load;
    }

    public List<Map.Entry<String, Long>> getLoadEntries() {
        return new ArrayList<>(getLoad().entrySet());
    }

    public List<StaffService.StaffView> getProgrammers() {
        return staff.withRole(Role.PROGRAMMER);
    }

    /** Not blocking and not yet planned: what the managers have to schedule. */
    public List<ProgrammingTicketSummary> getToSchedule() {
        return open.stream().filter(p -> !p.urgency().isBlocking() && p.plannedDate() == null
                && p.state() == ProgrammingTicketState.OPEN).toList();
    }

    /** The blocking (High) open tickets. */
    public List<ProgrammingTicketSummary> getBlocking() {
        return open.stream().filter(p -> p.urgency().isBlocking()).toList();
    }

    /** Planned within this week (Monday to Sunday, in the help desk's calendar). */
    public List<ProgrammingTicketSummary> getPlannedThisWeek() {
        LocalDate monday = LocalDate.now(Formats.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        return open.stream().filter(p -> p.plannedDate() != null && !p.plannedDate().isBefore(monday)
                && !p.plannedDate().isAfter(sunday)).toList();
    }

    public List<ProgrammingTicketSummary> getOpen() {
        return open;
    }

    protected UserSession session() {
        return session;
    }
}
