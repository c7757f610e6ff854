package com.yiti.order;

public enum ShipmentStatus {
    DISPATCHED,
    DELIVERED
}
