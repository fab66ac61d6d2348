package org.helpdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.application.ticket.DashboardService;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.web.support.Formats;

/**
 * The dashboard: calls by severity this month, milestone compliance by severity, open tickets by state and age.
 * Each chart (Chart.js configuration for PrimeFaces' chart) comes with the same figures as a table, for screen
 * readers and for copying.
 */
@Named("dashboard")
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DashboardService service;

    @Inject
    private Formats fmt;

    private YearMonth month;
    private List<DashboardService.SeverityCount> bySeverity;
    private List<DashboardService.Compliance> compliance;
    private List<DashboardService.ResolutionSplit> split;
    private List<DashboardService.OpenByAge> open;

    @PostConstruct
    void load() {
        month = YearMonth.now(Formats.ZONE);
        bySeverity = service.callsBySeverity(month);
        compliance = service.compliance(month);
        split = service.resolutionSplit(month);
        open = service.openByStateAndAge();
    }

    public String getSeverityChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        bySeverity.forEach(s -> {
            labels.add(fmt.label(s.severity()));
            data.add(s.calls());
        });
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", fmt.label("dashboard", "calls")).add("data", data)
                .add("backgroundColor", "#1d3557")));
    }

    public String getComplianceChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (Severity severity : Severity.values()) {
            labels.add(fmt.label(severity));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] colours = {"#457b9d", "#e9c46a", "#2a9d8f"};
        for (Milestone milestone : Milestone.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Severity severity : Severity.values()) {
                compliance.stream().filter(c -> c.severity() == severity && c.milestone() == milestone).findFirst()
                        .ifPresent(c -> data.add(c.percentMet()));
            }
            datasets.add(Json.createObjectBuilder().add("label", fmt.label(milestone)).add("data", data)
                    .add("backgroundColor", colours[milestone.ordinal()]));
        }
        return chart("bar", labels, datasets);
    }

    public String getOpenChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder day = Json.createArrayBuilder();
        JsonArrayBuilder week = Json.createArrayBuilder();
        JsonArrayBuilder older = Json.createArrayBuilder();
        open.forEach(o -> {
            labels.add(fmt.label(o.state()));
            day.add(o.underADay());
            week.add(o.underAWeek());
            older.add(o.older());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", fmt.label("dashboard", "underADay")).add("data", day)
                        .add("backgroundColor", "#2a9d8f"))
                .add(Json.createObjectBuilder().add("label", fmt.label("dashboard", "underAWeek")).add("data", week)
                        .add("backgroundColor", "#e9c46a"))
                .add(Json.createObjectBuilder().add("label", fmt.label("dashboard", "older")).add("data", older)
                        .add("backgroundColor", "#e76f51"));
        return chart("bar", labels, datasets);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("animation", false))
                .build().toString();
    }

    public YearMonth getMonth() {
        return month;
    }

    public List<DashboardService.SeverityCount> getBySeverity() {
        return bySeverity;
    }

    public List<DashboardService.ResolutionSplit> getSplit() {
        return split;
    }

    public List<DashboardService.Compliance> getCompliance() {
        return compliance;
    }

    public List<DashboardService.OpenByAge> getOpen() {
        return open;
    }
}
