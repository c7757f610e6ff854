package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A debit note to a supplier, its lines and where it was set off. */
public record SupplierDebitNoteView(
        long id,
        String number,
        long supplierId,
        String supplierName,
        long purchaseOrderId,
        String purchaseOrderNumber,
        String returnNumber,
        LocalDate noteDate,
        String currency,
        BigDecimal netAmount,
        BigDecimal taxAmount,
        BigDecimal grossAmount,
        BigDecimal grniAmount,
        BigDecimal varianceAmount,
        BigDecimal appliedAmount,
        SupplierDebitNoteStatus status,
        List<Line> lines,
        List<Application> applications) {

    public BigDecimal open() {
        return grossAmount.subtract(appliedAmount);
    }

    public record Line(
            String sku,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal netAmount,
            BigDecimal taxAmount) {}

    /** A set-off: the other document (the invoice on a debit note, the debit note on an invoice), how much, who, when. */
    public record Application(
            long documentId, String documentNumber, BigDecimal amount, String appliedBy, Instant appliedAt) {}
}
