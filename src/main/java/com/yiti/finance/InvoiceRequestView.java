package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A VAT invoice request (开票申请) as its readers see it: BLUE for an invoice, RED (红字) for a credit note against the
 * issued invoice {@code originalVatNumber}; the seller's and buyer's data as taken when it was written; the lines.
 */
public record InvoiceRequestView(
        long id,
        String number,
        String kind,
        InvoiceRequestStatus status,
        long customerId,
        Long invoiceId,
        String invoiceNumber,
        Long instalmentId,
        String sourceNumber,
        Long creditNoteId,
        String creditNoteNumber,
        String originalVatNumber,
        String vatType,
        String buyerName,
        String buyerTaxNumber,
        String buyerAddressPhone,
        String buyerBank,
        String buyerAccount,
        String sellerName,
        String sellerTaxNumber,
        String sellerAddressPhone,
        String sellerBank,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        String remark,
        String decidedBy,
        Instant decidedAt,
        String rejectReason,
        Instant exportedAt,
        String vatNumber,
        LocalDate vatDate,
        String createdBy,
        Instant createdAt,
        long version,
        List<InvoiceRequestLineView> lines) {}
