package com.yiti.customer;

public enum CustomerTier {
    A,
    B,
    C
}
