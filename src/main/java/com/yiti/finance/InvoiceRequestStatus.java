package com.yiti.finance;

/**
 * A VAT invoice request's life: submitted (by the rep or FINANCE), approved or rejected by FINANCE, exported to the
 * tax tool, issued (its VAT invoice number and date imported back).
 */
public enum InvoiceRequestStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    EXPORTED,
    ISSUED;

    /** Still on its way to an issued invoice (blocks another request for the same document). */
    public boolean open() {
        return this == SUBMITTED || this == APPROVED || this == EXPORTED;
    }
}
