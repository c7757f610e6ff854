package com.yiti.approval;

/** A request: waiting at a step, approved by the last one, rejected at one, or withdrawn by its module. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
