package com.yiti.finance;

/**
 * A supplier invoice: HELD on a mismatch (for PURCHASING to accept the difference or for FINANCE to cancel), OPEN once
 * matched and posted to payables, PAID when allocations cover it, CANCELLED when refused while held.
 */
public enum SupplierInvoiceStatus {
    HELD,
    OPEN,
    PAID,
    CANCELLED
}
