package com.yiti.approval.internal;

import com.yiti.approval.Approver;
import com.yiti.approval.FlowData;
import com.yiti.approval.StepMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;

/** A step of one version of a flow; written with its version and never changed (a change is a new version). */
@Entity
@Table(name = "apr_flow_step")
@Immutable
public class FlowStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flow_id", nullable = false)
    private Long flowId;

    @Column(name = "flow_version", nullable = false)
    private int flowVersion;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String approvers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private StepMode mode;

    @Column(name = "min_amount", precision = 19, scale = 2)
    private BigDecimal minAmount;

    @Column(name = "time_limit_hours")
    private Integer timeLimitHours;

    @Column(name = "condition_expr", length = 200)
    private String condition;

    @Column(nullable = false)
    private boolean escalate;

    protected FlowStep() {}

    public FlowStep(long flowId, int flowVersion, int seq, FlowData.Step s) {
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.seq = seq;
        this.name = s.name();
        this.approvers = s.approvers().stream().map(Approver::code).collect(Collectors.joining(","));
        this.mode = s.mode();
        this.minAmount = s.minAmount();
        this.timeLimitHours = s.timeLimitHours();
        this.condition = s.condition() == null || s.condition().isBlank()
                ? null
                : s.condition().strip();
        this.escalate = s.escalate();
    }

    /** After its time limit the step escalates to the head above (otherwise its approvers are reminded). */
    public boolean isEscalate() {
        return escalate;
    }

    /** Applies to a request of this amount and facts (skipped below its minimum, or where its condition fails). */
    public boolean appliesTo(BigDecimal amount, java.util.Map<String, String> facts) {
        return (minAmount == null || amount.compareTo(minAmount) >= 0)
                && com.yiti.shared.FactCondition.parse(condition).holds(facts, amount);
    }

    public List<Approver> approverList() {
        return Arrays.stream(approvers.split(",")).map(Approver::parse).toList();
    }

    public FlowData.Step data() {
        return new FlowData.Step(name, approverList(), mode, minAmount, timeLimitHours, condition, escalate);
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public StepMode getMode() {
        return mode;
    }

    public Integer getTimeLimitHours() {
        return timeLimitHours;
    }
}
