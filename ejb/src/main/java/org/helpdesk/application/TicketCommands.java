package org.helpdesk.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * What callers send to change tickets, with the checks Bean Validation makes before any service code runs. Every
 * change to an existing ticket carries the {@code version} the caller last saw: an older one is refused as stale.
 */
public final class TicketCommands {

    private TicketCommands() {
    }

    public record OpenServiceTicket(
            @NotBlank(message = "choose the customer") String customer,
            Long contactId,
            @NotNull(message = "choose the channel") Channel channel,
            @NotNull(message = "choose the kind of request") RequestKind kind,
            @NotNull(message = "choose the severity") Severity severity,
            @NotBlank(message = "write a subject") @Size(max = 200, message = "at most 200 characters") String subject,
            @NotBlank(message = "describe the request") @Size(max = 4000, message = "at most 4000 characters")
            String description) {
    }

    public record EditServiceTicket(
            @NotNull(message = "send the version you edited") Long version,
            @NotNull(message = "choose the channel") Channel channel,
            @NotNull(message = "choose the kind of request") RequestKind kind,
            @NotNull(message = "choose the severity") Severity severity,
            @NotBlank(message = "write a subject") @Size(max = 200, message = "at most 200 characters") String subject,
            @NotBlank(message = "describe the request") @Size(max = 4000, message = "at most 4000 characters")
            String description) {
    }

    /** A change that needs nothing but the version the caller saw. */
    public record Versioned(@NotNull(message = "send the version you edited") Long version) {
    }

    public record Reassign(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "choose the operator") String operator) {
    }

    public record Escalate(
            @NotNull(message = "send the version you edited") Long version,
            @NotNull(message = "choose the urgency") Severity urgency,
            @NotBlank(message = "write a title") @Size(max = 200, message = "at most 200 characters") String title,
            @NotBlank(message = "describe the modification") @Size(max = 4000, message = "at most 4000 characters")
            String description) {
    }

    public record Link(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "name the programming ticket") String programmingTicket) {
    }

    /** The customer confirmed, or not, that the solution works. */
    public record Verification(
            @NotNull(message = "send the version you edited") Long version,
            @NotNull(message = "say whether it works") Boolean works,
            @Size(max = 2000, message = "at most 2000 characters") String note,
            boolean reopenProgramming) {
    }

    public record AgreeClosure(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "say who at the customer agreed") @Size(max = 200, message = "at most 200 characters")
            String agreedWith,
            @NotNull(message = "say how the closure was agreed") Channel how,
            @NotNull(message = "record the minutes spent (0 if already logged)")
            @PositiveOrZero(message = "cannot be negative")
            @Max(value = 100_000, message = "at most 100000 minutes") Integer minutesSpent) {
    }

    public record Reopen(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "give the reason") @Size(max = 2000, message = "at most 2000 characters")
            String reason) {
    }

    public record AddComment(
            @NotNull(message = "choose internal or customer-visible") CommentVisibility visibility,
            @NotBlank(message = "write the comment") @Size(max = 4000, message = "at most 4000 characters")
            String text) {
    }

    public record LogTime(
            @NotNull(message = "give the day the work was done") @PastOrPresent(message = "cannot be in the future")
            LocalDate workDate,
            @NotNull(message = "give the minutes") @Min(value = 1, message = "at least 1 minute")
            @Max(value = 1440, message = "at most 1440 minutes (one day)") Integer minutes,
            @NotBlank(message = "say what was done") @Size(max = 500, message = "at most 500 characters")
            String activity,
            WorkLevel level) {
    }

    public record Reversal(
            @NotBlank(message = "give the reason") @Size(max = 400, message = "at most 400 characters") String reason) {
    }

    public record Schedule(
            @NotNull(message = "send the version you edited") Long version,
            LocalDate plannedDate,
            @Size(max = 64, message = "at most 64 characters") String plannedRelease) {
    }

    public record Assign(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "choose the programmer") String programmer) {
    }

    public record UpdateSent(
            @NotNull(message = "send the version you edited") Long version,
            @NotBlank(message = "give the version of the update") @Size(max = 64, message = "at most 64 characters")
            String updateVersion,
            @NotNull(message = "give the date it was sent") LocalDate sentOn,
            @NotBlank(message = "say how it was sent") @Size(max = 200, message = "at most 200 characters")
            String means) {
    }
}
