package com.yiti.purchasing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Receipts extends JpaRepository<Receipt, Long> {

    List<Receipt> findByPurchaseOrderIdOrderByIdDesc(Long purchaseOrderId);

    /** Per supplier: units sent back as defective or damaged from stock (rows of supplier id, units). */
    @org.springframework.data.jpa.repository.Query(
            "select o.supplierId, sum(0 - l.quantity) from Receipt r join r.lines l,"
                    + " PurchaseOrder o where o.id = r.purchaseOrderId and r.kind = com.yiti.purchasing.ReceiptKind.RETURN"
                    + " and r.fromQuarantine = false and r.reason in (com.yiti.purchasing.SupplierReturnReason.DEFECTIVE,"
                    + " com.yiti.purchasing.SupplierReturnReason.DAMAGED) group by o.supplierId")
    List<Object[]> defectsReturnedBySupplier();

    @org.springframework.data.jpa.repository.Query(
            "select coalesce(sum(l.costAmount), 0) from Receipt r join r.lines l")
    java.math.BigDecimal receivedCost();

    /** Received per purchase order line of one order: rows of line id, quantity, value at the booked cost. */
    @org.springframework.data.jpa.repository.Query(
            "select l.purchaseOrderLineId, sum(l.quantity), sum(l.costAmount) from Receipt r join r.lines l"
                    + " where r.purchaseOrderId = :po group by l.purchaseOrderLineId")
    List<Object[]> receivedByLine(@org.springframework.data.repository.query.Param("po") Long purchaseOrderId);
}
