package com.yiti.contract;

/** Where a contract is in its life. Orders may be placed under a SIGNED or EXECUTING one. */
public enum ContractStatus {
    DRAFT,
    UNDER_APPROVAL,
    SIGNED,
    EXECUTING,
    COMPLETED,
    TERMINATED;

    /** Whether orders may still be placed under it. */
    public boolean open() {
        return this == SIGNED || this == EXECUTING;
    }

    /** Whether its terms may still be changed. */
    public boolean editable() {
        return this == DRAFT;
    }
}
