package com.yiti.production;

/**
 * A planning proposal: PROPOSED by a run (the planner may change it), FIRMED into a production order or a
 * requisition (kept by later runs as supply), or DROPPED by the planner. The next run replaces proposed and dropped
 * ones.
 */
public enum ProposalStatus {
    PROPOSED,
    FIRMED,
    DROPPED
}
