package org.helpdesk.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import org.helpdesk.application.report.StatementService;
import org.helpdesk.application.report.StatementService.Format;
import org.helpdesk.application.report.StatementService.StatementQuery;
import org.helpdesk.reports.statement.StatementHeader;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * The auditors' screen: a period (last month by default), optional customer, staff member or ticket, and the
 * statement downloaded as PDF, CSV or XLSX, in the user's language. A refused period or an unknown filter is a message
 * on the screen, never a broken file.
 */
@Named
@ViewScoped
public class StatementsScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StatementService statements;

    @Inject
    private UserSession session;

    private LocalDate from;
    private LocalDate to;
    private String customer;
    private String staff;
    private String ticket;
    private Format format = Format.PDF;

    public StatementsScreen() {
        YearMonth last = YearMonth.now(Formats.ZONE)
                .minusMonths(1);
        from = last.atDay(1);
        to = last.atEndOfMonth();
    }

    /**
     * A month from the address ({@code ?month=2026-11}, the homes' links): the period becomes that month, up to today
     * for the month under way; anything else keeps last month.
     */
    public void setMonth(String month) {
        try {
            YearMonth chosen = YearMonth.parse(month);
            LocalDate today = LocalDate.now(Formats.ZONE);
            from = chosen.atDay(1);
            to = chosen.atEndOfMonth().isAfter(today) && !from.isAfter(today) ? today : chosen.atEndOfMonth();
        } catch (RuntimeException e) {
            // Not a month: the screen opens on its default period, as without the parameter.
        }
    }

    public String getMonth() {
        return YearMonth.from(from).toString();
    }

    public void download() throws IOException {
        StatementHeader header = Messages.attempt(() -> statements.issue(new StatementQuery(from, to,
                blank(customer), blank(staff), blank(ticket)), format, session.getLocale()));
        if (header == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        context.responseReset();
        context.setResponseContentType(format == Format.CSV ? "text/csv; charset=UTF-8" : format.mediaType());
        context.setResponseHeader("Content-Disposition", "attachment; filename=\"" + header.number() + "."
                + format.extension() + "\"");
        context.setResponseHeader("X-Statement-Number", header.number());
        try (OutputStream out = context.getResponseOutputStream()) {
            statements.write(header, format, out);
        }
        faces.responseComplete();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Format[] getFormats() {
        return Format.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getStaff() {
        return staff;
    }

    public void setStaff(String staff) {
        this.staff = staff;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public Format getFormat() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format;
    }
}
