package com.yiti.customer;

public enum CustomerStatus {
    PROSPECT,
    ACTIVE,
    INACTIVE
}
