package com.yiti.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A supplier invoice with its lines' match and the payments allocated to it. */
public record SupplierInvoiceView(
        long id,
        String number,
        long supplierId,
        String supplierName,
        String supplierReference,
        long purchaseOrderId,
        String purchaseOrderNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        String currency,
        BigDecimal netAmount,
        BigDecimal taxAmount,
        BigDecimal grossAmount,
        BigDecimal paidAmount,
        BigDecimal grniAmount,
        BigDecimal varianceAmount,
        SupplierInvoiceStatus status,
        String releasedBy,
        Instant releasedAt,
        String releaseNote,
        List<Line> lines,
        List<SupplierAllocationView> allocations,
        String createdBy,
        Instant createdAt,
        long version,
        boolean overdue) {

    public record Line(
            long id,
            long purchaseOrderLineId,
            long productId,
            String sku,
            String productName,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal taxRate,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal grossAmount,
            BigDecimal orderedPrice,
            BigDecimal uninvoicedQuantity,
            MatchResult matchResult,
            BigDecimal grniAmount) {

        public BigDecimal priceDifference() {
            return unitPrice.subtract(orderedPrice);
        }
    }

    public BigDecimal open() {
        return status == SupplierInvoiceStatus.OPEN ? grossAmount.subtract(paidAmount) : BigDecimal.ZERO;
    }

    public boolean held() {
        return status == SupplierInvoiceStatus.HELD;
    }
}
