package com.yiti.production;

public enum ProductionOrderStatus {
    PLANNED,
    STARTED,
    COMPLETED,
    CANCELLED
}
