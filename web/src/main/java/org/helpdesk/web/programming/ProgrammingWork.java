package org.helpdesk.web.programming;

import jakarta.ejb.EJB;
import java.io.Serializable;
import java.time.LocalDate;
import org.helpdesk.application.ticket.ProgrammingTicketService;
import org.helpdesk.application.ticket.TicketCommands.Assign;
import org.helpdesk.application.ticket.TicketCommands.Schedule;
import org.helpdesk.application.ticket.TicketCommands.UpdateSent;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;

/**
 * The actions on one programming ticket that the board, the programmer's list and the detail screen share. The
 * ticket acted on is chosen by number; its version comes from the last load, so a stale screen is refused.
 */
public abstract class ProgrammingWork implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected ProgrammingTicketService programming;

    private LocalDate plannedDate;
    private String plannedRelease;
    private String programmer;
    private String updateVersion;
    private LocalDate sentOn = LocalDate.now(Formats.ZONE);
    private String means;
    private String selected;

    /** @return whether the listed ticket offers {@code action} (a {@link ProgrammingTicket.Action} name) to the user */
    public boolean can(ProgrammingTicketSummary ticket, String action) {
        return ticket.allowedActions().contains(ProgrammingTicket.Action.valueOf(action));
    }

    /** The version of {@code number} as this screen last showed it. */
    protected abstract long versionOf(String number);

    /** Reloads what the screen shows after a change. */
    protected abstract void reload();

    public void schedule(String number) {
        act(Messages.attempt(() -> programming.schedule(number,
                new Schedule(versionOf(number), plannedDate, plannedRelease))), "done.scheduled");
    }

    public void assign(String number) {
        act(Messages.attempt(() -> programming.assign(number, new Assign(versionOf(number), programmer))),
                "done.assigned");
    }

    public void start(String number) {
        act(Messages.attempt(() -> programming.start(number, new Versioned(versionOf(number)))), "done.started");
    }

    public void markFixReady(String number) {
        act(Messages.attempt(() -> programming.markFixReady(number, new Versioned(versionOf(number)))),
                "done.fixReady");
    }

    /**
     * Records the update sent to the customer; a ticket still in progress is marked fix ready first (the programmer
     * who sends the fix has finished it), so one dialog does both. A refused step stops there and says why.
     */
    public void recordUpdateSent(String number) {
        long sent = versionOf(number);
        if (fixReadyFirst(number)) {
            ProgrammingTicketView ready = Messages.attempt(() -> programming.markFixReady(number,
                    new Versioned(versionOf(number))));
            if (ready == null) {
                return;
            }
            sent = ready.version();
        }
        long version = sent;
        act(Messages.attempt(() -> programming.recordUpdateSent(number,
                new UpdateSent(version, updateVersion, sentOn, means))), "done.updateSent");
    }

    /** Whether the ticket's update dialog marks it fix ready before recording the update: it is still in progress. */
    protected boolean fixReadyFirst(String number) {
        return false;
    }

    /** @return whether the listed ticket's update can be recorded now, or once it is marked fix ready */
    public boolean canSendUpdate(ProgrammingTicketSummary ticket) {
        return can(ticket, "RECORD_UPDATE_SENT") || can(ticket, "MARK_FIX_READY");
    }

    private void act(ProgrammingTicketView result, String key) {
        if (result != null) {
            reload();
            Messages.info(key);
        }
    }

    /** The ticket a dialog acts on. */
    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getPlannedRelease() {
        return plannedRelease;
    }

    public void setPlannedRelease(String plannedRelease) {
        this.plannedRelease = plannedRelease;
    }

    public String getProgrammer() {
        return programmer;
    }

    public void setProgrammer(String programmer) {
        this.programmer = programmer;
    }

    public String getUpdateVersion() {
        return updateVersion;
    }

    public void setUpdateVersion(String updateVersion) {
        this.updateVersion = updateVersion;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getMeans() {
        return means;
    }

    public void setMeans(String means) {
        this.means = means;
    }
}
