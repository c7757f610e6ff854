package com.yiti.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request with its path: the flow's steps as they apply to it, and every decision taken. */
public record ApprovalView(
        long id,
        String documentType,
        long documentId,
        String documentRef,
        String link,
        BigDecimal amount,
        Map<String, String> facts,
        ApprovalStatus status,
        Integer currentSeq,
        String submittedBy,
        Instant submittedAt,
        Instant decidedAt,
        List<StepState> path,
        List<Decision> decisions,
        long version) {

    /** A step of the path: skipped (below its amount), done, current or to come. */
    public record StepState(int seq, String name, List<String> approvers, StepMode mode, String state) {}

    /** Who decided what at which step, and why. */
    public record Decision(
            int seq, String approver, String decidedBy, String outcome, String comment, Instant at, String onBehalfOf) {

        public Decision(int seq, String approver, String decidedBy, String outcome, String comment, Instant at) {
            this(seq, approver, decidedBy, outcome, comment, at, null);
        }
    }
}
