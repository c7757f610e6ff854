package com.yiti.inventory;

public enum MoveReason {
    RECEIPT,
    SHIPMENT,
    PRODUCTION_OUTPUT,
    ADJUSTMENT,
    RETURN,
    TRANSFER_OUT,
    TRANSFER_IN,
    /** Goods sent back to the supplier they were bought from (退货), out at what they were received at. */
    SUPPLIER_RETURN,
    /** Components issued to a production order (领料), out at the moving-average cost into production cost. */
    PRODUCTION_ISSUE
}
