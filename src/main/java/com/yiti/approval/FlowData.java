package com.yiti.approval;

import java.math.BigDecimal;
import java.util.List;

/** A flow as ADMIN writes it: its name, whether it is in force, and its ordered steps. */
public record FlowData(String name, boolean active, List<Step> steps) {

    /**
     * A step: its approvers, any or all of them, skipped below {@code minAmount} or where its condition
     * ({@link com.yiti.shared.FactCondition}) does not hold; after the time limit its approvers are reminded, or — with {@code escalate} — the head above the
     * submitter's department head (MANAGER where there is none) is asked as well and may decide it (decision 050).
     */
    public record Step(
            String name,
            List<Approver> approvers,
            StepMode mode,
            BigDecimal minAmount,
            Integer timeLimitHours,
            String condition,
            boolean escalate) {

        public Step(
                String name, List<Approver> approvers, StepMode mode, BigDecimal minAmount, Integer timeLimitHours) {
            this(name, approvers, mode, minAmount, timeLimitHours, null, false);
        }

        public Step(
                String name,
                List<Approver> approvers,
                StepMode mode,
                BigDecimal minAmount,
                Integer timeLimitHours,
                String condition) {
            this(name, approvers, mode, minAmount, timeLimitHours, condition, false);
        }
    }
}
