package com.yiti.approval;

import java.math.BigDecimal;
import java.util.List;

/** A flow as ADMIN writes it: its name, whether it is in force, and its ordered steps. */
public record FlowData(String name, boolean active, List<Step> steps) {

    /**
     * A step: its approvers, any or all of them, skipped below {@code minAmount} or where its {@link com.yiti.shared.FactCondition}
     * does not hold, reminded after the time limit.
     */
    public record Step(
            String name,
            List<Approver> approvers,
            StepMode mode,
            BigDecimal minAmount,
            Integer timeLimitHours,
            String condition) {

        public Step(
                String name, List<Approver> approvers, StepMode mode, BigDecimal minAmount, Integer timeLimitHours) {
            this(name, approvers, mode, minAmount, timeLimitHours, null);
        }
    }
}
