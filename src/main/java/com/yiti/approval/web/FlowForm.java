package com.yiti.approval.web;

import com.yiti.approval.Approver;
import com.yiti.approval.FlowData;
import com.yiti.approval.FlowView;
import com.yiti.approval.StepMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The flow form: a name, in force or not, and step rows (blank rows are left out). */
public class FlowForm {

    private long version = -1;
    private String name;
    private boolean active = true;
    private List<Row> steps = new ArrayList<>();

    public static class Row {
        private String name;
        private List<String> approvers = new ArrayList<>();
        private StepMode mode = StepMode.ANY;
        private BigDecimal minAmount;
        private Integer timeLimitHours;
        private String condition;
        private boolean escalate;

        public boolean isEscalate() {
            return escalate;
        }

        public void setEscalate(boolean escalate) {
            this.escalate = escalate;
        }

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getApprovers() {
            return approvers;
        }

        public void setApprovers(List<String> approvers) {
            this.approvers = approvers == null ? new ArrayList<>() : approvers;
        }

        public StepMode getMode() {
            return mode;
        }

        public void setMode(StepMode mode) {
            this.mode = mode;
        }

        public BigDecimal getMinAmount() {
            return minAmount;
        }

        public void setMinAmount(BigDecimal minAmount) {
            this.minAmount = minAmount;
        }

        public Integer getTimeLimitHours() {
            return timeLimitHours;
        }

        public void setTimeLimitHours(Integer timeLimitHours) {
            this.timeLimitHours = timeLimitHours;
        }

        boolean blank() {
            return (name == null || name.isBlank()) && approvers.isEmpty();
        }
    }

    static FlowForm of(FlowView v) {
        FlowForm f = new FlowForm();
        f.version = v.version();
        f.name = v.name();
        f.active = v.active();
        for (FlowData.Step s : v.steps()) {
            Row r = new Row();
            r.name = s.name();
            r.approvers =
                    new ArrayList<>(s.approvers().stream().map(Approver::code).toList());
            r.mode = s.mode();
            r.minAmount = s.minAmount();
            r.timeLimitHours = s.timeLimitHours();
            r.condition = s.condition();
            r.escalate = s.escalate();
            f.steps.add(r);
        }
        return f;
    }

    FlowForm withBlankRows() {
        while (steps.size() < 3 || !steps.get(steps.size() - 1).blank()) {
            steps.add(new Row());
            if (steps.size() >= 10) {
                break;
            }
        }
        return this;
    }

    FlowData toData() {
        List<FlowData.Step> list = new ArrayList<>();
        for (Row r : steps) {
            if (r.blank()) {
                continue;
            }
            list.add(new FlowData.Step(
                    r.name,
                    r.approvers.stream()
                            .filter(a -> !a.isBlank())
                            .map(Approver::parse)
                            .toList(),
                    r.mode,
                    r.minAmount,
                    r.timeLimitHours,
                    r.condition,
                    r.escalate));
        }
        return new FlowData(name, active, list);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Row> getSteps() {
        return steps;
    }

    public void setSteps(List<Row> steps) {
        this.steps = steps;
    }
}
