package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpdesk.application.ServiceTicketService;
import org.helpdesk.application.TicketFilter;
import org.helpdesk.application.TicketViews.Page;
import org.helpdesk.application.TicketViews.ServiceTicketSummary;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.web.support.Messages;

/**
 * Ticket search: filters, newest first, 25 a page. Pages move with the service's keyset cursors (older: the
 * page's {@code next}; newer: the cursors already passed), so every page costs the same at any depth. The filters
 * also drive the CSV export of everything that matches.
 */
@Named
@ViewScoped
public class TicketSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @EJB
    private ServiceTicketService tickets;

    private String customer;
    private ServiceTicketState state;
    private Severity severity;
    private RequestKind kind;
    private Channel channel;
    private String assignee;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private boolean openOnly;
    private boolean unassigned;

    private Page<ServiceTicketSummary> page = new Page<>(List.of(), null);
    private String current;
    private final Deque<String> previous = new ArrayDeque<>();

    /** Runs once with the filters from the address (links from the home screen), then on each search. */
    public void search() {
        previous.clear();
        current = null;
        show();
    }

    public void older() {
        if (page.next() != null) {
            previous.push(current == null ? "" : current);
            current = page.next();
            show();
        }
    }

    public void newer() {
        if (!previous.isEmpty()) {
            String back = previous.pop();
            current = back.isEmpty() ? null : back;
            show();
        }
    }

    public void clear() {
        customer = null;
        state = null;
        severity = null;
        kind = null;
        channel = null;
        assignee = null;
        from = null;
        to = null;
        text = null;
        openOnly = false;
        unassigned = false;
        search();
    }

    private void show() {
        Page<ServiceTicketSummary> found = Messages.attempt(() -> tickets.list(filter(), current, PAGE));
        page = found == null ? new Page<>(List.of(), null) : found;
    }

    private TicketFilter filter() {
        return new TicketFilter(blankToNull(customer), state, severity, kind, channel, blankToNull(assignee),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.atStartOfDay(ZoneOffset.UTC).toInstant(), blankToNull(text), openOnly,
                unassigned);
    }

    /** The export's address with the same filters, for the API's CSV export. */
    public String getExportQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("customer", blankToNull(customer));
        q.put("state", state);
        q.put("severity", severity);
        q.put("kind", kind);
        q.put("channel", channel);
        q.put("assignee", blankToNull(assignee));
        q.put("from", from);
        q.put("to", to);
        q.put("text", blankToNull(text));
        q.put("open", openOnly ? "true" : null);
        q.put("unassigned", unassigned ? "true" : null);
        return q.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isHasOlder() {
        return page.next() != null;
    }

    public boolean isHasNewer() {
        return !previous.isEmpty();
    }

    public List<ServiceTicketSummary> getItems() {
        return page.items();
    }

    public ServiceTicketState[] getStates() {
        return ServiceTicketState.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public ServiceTicketState getState() {
        return state;
    }

    public void setState(ServiceTicketState state) {
        this.state = state;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isUnassigned() {
        return unassigned;
    }

    public void setUnassigned(boolean unassigned) {
        this.unassigned = unassigned;
    }
}
