package com.yiti.customer;

import java.time.Instant;

/** A customer's invoicing data (开票信息): what a 增值税 invoice carries about the buyer. */
public record InvoiceDetailsView(
        long customerId,
        InvoiceType invoiceType,
        String title,
        String taxNumber,
        String addressPhone,
        String bankName,
        String bankAccount,
        String updatedBy,
        Instant updatedAt,
        long version) {}
