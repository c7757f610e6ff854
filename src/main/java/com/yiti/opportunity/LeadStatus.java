package com.yiti.opportunity;

public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    DISQUALIFIED;

    public boolean open() {
        return this == NEW || this == CONTACTED;
    }
}
