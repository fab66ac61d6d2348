package org.helpdesk.application.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.helpdesk.domain.text.PlainText;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * What callers send to change tickets, with the checks Bean Validation makes before any service code runs. Every
 * edit or transition of an existing ticket carries the {@code version} the caller last saw: an older one is refused
 * as stale. Appends ({@link AddComment}, {@link LogTime}) carry none: they overwrite nothing and never conflict.
 */
public final class TicketCommands {

    private TicketCommands() {
    }

    @PlainText
    public record OpenServiceTicket(
            @NotBlank(message = "{validation.customer}") String customer,
            Long contactId,
            @NotNull(message = "{validation.channel}") Channel channel,
            @NotNull(message = "{validation.kind}") RequestKind kind,
            @NotNull(message = "{validation.severity}") Severity severity,
            @NotBlank(message = "{validation.subject}") @Size(max = 200, message = "{validation.max200}") String subject,
            @NotBlank(message = "{validation.description}") @Size(max = 4000, message = "{validation.max4000}")
            String description) implements java.io.Serializable {
    }

    @PlainText
    public record EditServiceTicket(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotNull(message = "{validation.channel}") Channel channel,
            @NotNull(message = "{validation.kind}") RequestKind kind,
            @NotNull(message = "{validation.severity}") Severity severity,
            @NotBlank(message = "{validation.subject}") @Size(max = 200, message = "{validation.max200}") String subject,
            @NotBlank(message = "{validation.description}") @Size(max = 4000, message = "{validation.max4000}")
            String description) implements java.io.Serializable {
    }

    /** A change that needs nothing but the version the caller saw. */
    @PlainText
    public record Versioned(@NotNull(message = "{validation.sendVersion}") Long version) implements java.io.Serializable {
    }

    @PlainText
    public record Reassign(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.operator}") String operator) implements java.io.Serializable {
    }

    @PlainText
    public record Escalate(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotNull(message = "{validation.urgency}") Severity urgency,
            @NotBlank(message = "{validation.title}") @Size(max = 200, message = "{validation.max200}") String title,
            @NotBlank(message = "{validation.modification}") @Size(max = 4000, message = "{validation.max4000}")
            String description) implements java.io.Serializable {
    }

    @PlainText
    public record Link(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.programmingTicket}") String programmingTicket) implements java.io.Serializable {
    }

    /** The customer confirmed, or not, that the solution works. */
    @PlainText
    public record Verification(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotNull(message = "{validation.works}") Boolean works,
            @Size(max = 2000, message = "{validation.max2000}") String note,
            boolean reopenProgramming) implements java.io.Serializable {
    }

    @PlainText
    public record AgreeClosure(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.agreedWith}") @Size(max = 200, message = "{validation.max200}")
            String agreedWith,
            @NotNull(message = "{validation.how}") Channel how,
            @NotNull(message = "{validation.closureMinutes}")
            @PositiveOrZero(message = "{validation.notNegative}")
            @Max(value = 100_000, message = "{validation.max100000Minutes}") Integer minutesSpent) implements java.io.Serializable {
    }

    /** The question asked of the customer, sent to them as an update; the resolution clock stops until they answer. */
    @PlainText
    public record WaitForCustomer(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.question}") @Size(max = 4000, message = "{validation.max4000}")
            String question) implements java.io.Serializable {
    }

    /** The customer answered some other way (a call): the resolution clock runs again. */
    @PlainText
    public record Resume(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @Size(max = 2000, message = "{validation.max2000}") String note) implements java.io.Serializable {
    }

    @PlainText
    public record Reopen(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.reason}") @Size(max = 2000, message = "{validation.max2000}")
            String reason) implements java.io.Serializable {
    }

    @PlainText
    public record AddComment(
            @NotNull(message = "{validation.visibility}") CommentVisibility visibility,
            @NotBlank(message = "{validation.comment}") @Size(max = 4000, message = "{validation.max4000}")
            String text) implements java.io.Serializable {
    }

    @PlainText
    public record LogTime(
            @NotNull(message = "{validation.workDate}") @PastOrPresent(message = "{validation.notFuture}")
            LocalDate workDate,
            @NotNull(message = "{validation.minutes}") @Min(value = 1, message = "{validation.minOneMinute}")
            @Max(value = 1440, message = "{validation.maxDay}") Integer minutes,
            @NotBlank(message = "{validation.activity}") @Size(max = 500, message = "{validation.max500}")
            String activity,
            WorkLevel level) implements java.io.Serializable {
    }

    @PlainText
    public record Reversal(
            @NotBlank(message = "{validation.reason}") @Size(max = 400, message = "{validation.max400}") String reason) implements java.io.Serializable {
    }

    @PlainText
    public record Schedule(
            @NotNull(message = "{validation.sendVersion}") Long version,
            LocalDate plannedDate,
            @Size(max = 64, message = "{validation.max64}") String plannedRelease) implements java.io.Serializable {
    }

    @PlainText
    public record Assign(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.programmer}") String programmer) implements java.io.Serializable {
    }

    @PlainText
    public record UpdateSent(
            @NotNull(message = "{validation.sendVersion}") Long version,
            @NotBlank(message = "{validation.updateVersion}") @Size(max = 64, message = "{validation.max64}")
            String updateVersion,
            @NotNull(message = "{validation.sentOn}") LocalDate sentOn,
            @NotBlank(message = "{validation.means}") @Size(max = 200, message = "{validation.max200}")
            String means) implements java.io.Serializable {
    }
}
