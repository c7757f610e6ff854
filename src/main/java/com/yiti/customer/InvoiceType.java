package com.yiti.customer;

/** The 增值税 invoice a customer takes: 专用发票 (input VAT deductible; needs the full buyer data) or 普通发票. */
public enum InvoiceType {
    SPECIAL,
    ORDINARY
}
