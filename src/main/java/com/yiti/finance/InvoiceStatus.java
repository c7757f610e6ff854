package com.yiti.finance;

/** Issued → partially paid → paid; credited when credit notes cover it in full. Overdue is a date, not a state. */
public enum InvoiceStatus {
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    CREDITED;

    public boolean open() {
        return this == ISSUED || this == PARTIALLY_PAID;
    }
}
