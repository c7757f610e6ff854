package com.yiti.finance;

public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    CARD,
    OTHER
}
