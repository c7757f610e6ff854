package com.yiti.aftersales;

/** Where a ticket stands against its resolution target. */
public enum SlaState {
    ON_TRACK,
    AT_RISK,
    BREACHED,
    PAUSED,
    MET,
    MISSED
}
