package com.yiti.inventory;

public enum MoveReason {
    RECEIPT,
    SHIPMENT,
    PRODUCTION_OUTPUT,
    ADJUSTMENT,
    RETURN,
    TRANSFER_OUT,
    TRANSFER_IN
}
