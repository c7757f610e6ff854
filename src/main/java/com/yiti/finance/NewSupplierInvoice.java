package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier invoice as entered: against one purchase order, the supplier's own invoice number, dates, and per
 * purchase order line the invoiced quantity, unit price (net of VAT) and VAT rate (a fraction, 0.13).
 */
public record NewSupplierInvoice(
        Long purchaseOrderId, String supplierReference, LocalDate invoiceDate, LocalDate dueDate, List<Line> lines) {

    public record Line(Long purchaseOrderLineId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {}
}
