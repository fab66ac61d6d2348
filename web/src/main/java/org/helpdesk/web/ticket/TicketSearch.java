package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.shared.UnreadableValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * Ticket search: filters and a sortable order (newest first by default), 25 a page. Pages move with the service's
 * keyset cursors (older: the page's {@code next}; newer: the cursors already passed), so every page costs the same
 * at any depth. The filters and the order live in the address (Search and the column headers load
 * {@code list.xhtml?…}), so a search can be bookmarked and shared; they also drive the CSV export.
 */
@Named
@ViewScoped
public class TicketSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @EJB
    private ServiceTicketService tickets;

    @Inject
    private UserSession session;

    /** A saved view of the list: its label's key, its address's query, whether the list shows it now. */
    public record View(String key, String query, boolean current) implements java.io.Serializable {

        /** The id of its link: {@code view-mine}. */
        public String id() {
            return key.replace('.', '-');
        }
    }

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
    private TicketFilter.Due due;
    private TicketOrder order = TicketOrder.NEWEST_FIRST;

    private Page<ServiceTicketSummary> page = new Page<>(List.of(), null);
    private long total;
    private String current;
    private final Deque<String> previous = new ArrayDeque<>();

    /** Runs once with the filters from the address (links from the home screen), then on each search. */
    public void search() {
        previous.clear();
        current = null;
        // A refused filter is said once, by the list: the count then stays 0.
        Long counted = show() ? Messages.attempt(() -> tickets.count(filter())) : null;
        total = counted == null ? 0 : counted;
    }

    /** How many tickets match, on every page together. */
    public long getTotal() {
        return total;
    }

    /**
     * The saved views of the user's role: an operator's own open tickets and the unassigned ones, then what everyone
     * watches (awaiting verification, High open, soon due).
     */
    public List<View> getViews() {
        List<View> views = new ArrayList<>();
        if (session.hasRole(Role.Names.OPERATOR)) {
            String me = session.getUser().username();
            views.add(new View("view.mine", "open=true&assignee=" + me, openOnly && me.equals(assignee)));
            views.add(new View("view.unassigned", "open=true&unassigned=true", openOnly && unassigned));
        }
        views.add(new View("view.awaiting", "state=AWAITING_VERIFICATION",
                state == ServiceTicketState.AWAITING_VERIFICATION));
        views.add(new View("view.high", "open=true&severity=HIGH", openOnly && severity == Severity.HIGH));
        views.add(new View("view.soonDue", "open=true&due=SOON", openOnly && due == TicketFilter.Due.SOON));
        return views;
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

    /** Search: loads the list's address with the filters and the order, so the result can be bookmarked. */
    public void apply() throws IOException {
        redirect(query(order));
    }

    public void clear() throws IOException {
        redirect("");
    }

    private static void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/tickets/list.xhtml"
                + (query.isEmpty() ? "" : "?" + query));
    }

    /** @return whether the list was read (a refused filter is shown as a message) */
    private boolean show() {
        Page<ServiceTicketSummary> found = Messages.attempt(() -> tickets.list(filter(), order, current, PAGE));
        page = found == null ? new Page<>(List.of(), null) : found;
        return found != null;
    }

    private TicketFilter filter() {
        return new TicketFilter(blankToNull(customer), state, severity, kind, channel, blankToNull(assignee),
                from == null ? null : HelpDeskCalendar.startOf(from),
                to == null ? null : HelpDeskCalendar.startOf(to), blankToNull(text), openOnly,
                unassigned, due);
    }

    /** The export's address with the same filters and order, for the API's CSV export. */
    public String getExportQuery() {
        return query(order);
    }

    /**
     * The address of a column header: the same filters, sorted on {@code column}; on the column already sorted, the
     * other direction; on another column, ascending.
     */
    public String sortQuery(String column) {
        TicketOrder wanted = TicketOrder.parse(column);
        return query(wanted.column() == order.column() ? order.reversed() : wanted);
    }

    /** @return the {@code aria-sort} value of a column header: ascending, descending or none */
    public String ariaSort(String column) {
        if (TicketOrder.parse(column).column() != order.column()) {
            return "none";
        }
        return order.descending() ? "descending" : "ascending";
    }

    private String query(TicketOrder sortedBy) {
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
        q.put("due", due);
        q.put("sort", sortedBy.equals(TicketOrder.NEWEST_FIRST) ? null : sortedBy.param());
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

    public TicketFilter.Due getDue() {
        return due;
    }

    public void setDue(TicketFilter.Due due) {
        this.due = due;
    }

    public TicketFilter.Due[] getDues() {
        return TicketFilter.Due.values();
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

    /** The order as in the address: {@code severity}, {@code -opened}, … */
    public String getSort() {
        return order.param();
    }

    /** An order the list does not know is shown as a message, and the list stays newest first. */
    public void setSort(String sort) {
        try {
            order = TicketOrder.parse(sort);
        } catch (UnreadableValueException e) {
            order = TicketOrder.NEWEST_FIRST;
            Messages.error(Messages.format("list.badSort"));
        }
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
