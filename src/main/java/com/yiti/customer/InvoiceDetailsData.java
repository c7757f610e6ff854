package com.yiti.customer;

/** A customer's invoicing data (开票信息) as entered. */
public record InvoiceDetailsData(
        InvoiceType invoiceType,
        String title,
        String taxNumber,
        String addressPhone,
        String bankName,
        String bankAccount) {}
