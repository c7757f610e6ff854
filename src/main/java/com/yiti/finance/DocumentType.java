package com.yiti.finance;

/** What a journal entry records. */
public enum DocumentType {
    INVOICE,
    CREDIT_NOTE,
    PAYMENT,
    ALLOCATION,
    ALLOCATION_REVERSAL,
    SHIPMENT,
    RECEIPT,
    PRODUCTION,
    RETURN,
    STOCK_COUNT,
    OPENING_BALANCE,
    SUPPLIER_INVOICE,
    SUPPLIER_PAYMENT,
    SUPPLIER_RETURN,
    SUPPLIER_DEBIT_NOTE
}
