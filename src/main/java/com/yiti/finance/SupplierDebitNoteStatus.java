package com.yiti.finance;

/** A debit note: OPEN while part of it is still to be set off against the supplier's invoices, APPLIED once all is. */
public enum SupplierDebitNoteStatus {
    OPEN,
    APPLIED
}
