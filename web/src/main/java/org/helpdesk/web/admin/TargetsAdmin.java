package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.application.ticket.MilestoneTargetService;
import org.helpdesk.domain.ticket.ClockMode;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;

/** The minutes allowed for each milestone, one row per severity, edited in place. */
@Named
@ViewScoped
public class TargetsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Severity severity;
        private final long version;
        private Integer takingCharge;
        private Integer firstFeedback;
        private Integer resolution;
        private ClockMode clockMode;
        private Integer warningPercent;

        Row(MilestoneTargetService.TargetsView v) {
            severity = v.severity();
            version = v.version();
            takingCharge = v.takingChargeMinutes();
            firstFeedback = v.firstFeedbackMinutes();
            resolution = v.resolutionMinutes();
            clockMode = v.clockMode();
            warningPercent = v.warningPercent();
        }

        public ClockMode getClockMode() {
            return clockMode;
        }

        public void setClockMode(ClockMode clockMode) {
            this.clockMode = clockMode;
        }

        public Integer getWarningPercent() {
            return warningPercent;
        }

        public void setWarningPercent(Integer warningPercent) {
            this.warningPercent = warningPercent;
        }

        public Severity getSeverity() {
            return severity;
        }

        public Integer getTakingCharge() {
            return takingCharge;
        }

        public void setTakingCharge(Integer takingCharge) {
            this.takingCharge = takingCharge;
        }

        public Integer getFirstFeedback() {
            return firstFeedback;
        }

        public void setFirstFeedback(Integer firstFeedback) {
            this.firstFeedback = firstFeedback;
        }

        public Integer getResolution() {
            return resolution;
        }

        public void setResolution(Integer resolution) {
            this.resolution = resolution;
        }
    }

    @EJB
    private MilestoneTargetService targets;

    @Inject
    private Formats fmt;

    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        List<Row> loaded = new ArrayList<>();
        targets.all().forEach(v -> loaded.add(new Row(v)));
        rows = loaded;
    }

    public void save(Row row) {
        if (Messages.attempt(() -> targets.change(row.severity, new MilestoneTargetService.ChangeTargets(row.version,
                row.takingCharge, row.firstFeedback, row.resolution, row.clockMode, row.warningPercent))) != null) {
            Messages.info("done.targetsChanged", fmt.label(row.severity));
            load();
        }
    }

    public ClockMode[] getClockModes() {
        return ClockMode.values();
    }

    public List<Row> getRows() {
        return rows;
    }
}
