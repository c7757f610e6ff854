package com.yiti.purchasing;

/**
 * Why goods went back to the supplier. DEFECTIVE and DAMAGED count in the supplier's defect rate when the goods are
 * taken from stock (found at or after receipt); from quarantine they were already counted as customers' returns.
 */
public enum SupplierReturnReason {
    DEFECTIVE,
    DAMAGED,
    WRONG_ITEM,
    SURPLUS;

    public boolean defect() {
        return this == DEFECTIVE || this == DAMAGED;
    }
}
