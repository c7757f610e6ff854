package com.yiti.purchasing;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.purchasing.internal.PurchaseOrder;
import com.yiti.purchasing.internal.PurchaseOrderLine;
import com.yiti.purchasing.internal.PurchaseOrders;
import com.yiti.purchasing.internal.Receipts;
import com.yiti.purchasing.internal.Suppliers;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purchasing side of the three-way match (finance matches supplier invoices; the money stays there): a purchase
 * order's ordered and received quantities, prices and booked receipt values, and the orders that can be invoiced.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrderMatching {

    private final PurchaseOrders purchaseOrders;
    private final Receipts receipts;
    private final Suppliers suppliers;
    private final InventoryManagement inventory;

    PurchaseOrderMatching(
            PurchaseOrders purchaseOrders, Receipts receipts, Suppliers suppliers, InventoryManagement inventory) {
        this.purchaseOrders = purchaseOrders;
        this.receipts = receipts;
        this.suppliers = suppliers;
        this.inventory = inventory;
    }

    /**
     * The facts of one purchase order, its row locked for the caller's transaction so that two invoices against it
     * are matched one after the other (each sees what the other invoiced).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MatchingFacts lockForMatching(long purchaseOrderId) {
        return facts(purchaseOrders
                .lock(purchaseOrderId)
                .orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", purchaseOrderId)));
    }

    /** The same without a lock, to prefill a form. */
    public MatchingFacts facts(long purchaseOrderId) {
        return facts(purchaseOrders
                .findById(purchaseOrderId)
                .orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", purchaseOrderId)));
    }

    /** What every receipt booked to goods received not invoiced, at its cost (finance checks its account by it). */
    public java.math.BigDecimal receivedCost() {
        return receipts.receivedCost();
    }

    /** Purchase orders that have received goods (those a supplier invoices), newest first. */
    public List<PurchaseOrderView> invoiceable(int limit) {
        return purchaseOrders
                .findByStatusIn(
                        List.of(PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED),
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")))
                .map(po -> new PurchaseOrderView(
                        po.getId(),
                        po.getNumber(),
                        po.getSupplierId(),
                        suppliers
                                .findById(po.getSupplierId())
                                .map(s -> s.getName())
                                .orElse("?"),
                        po.getWarehouseId(),
                        null,
                        po.getStatus(),
                        po.getExpectedDate(),
                        po.getSentAt(),
                        po.total(),
                        List.of(),
                        po.getCreatedBy(),
                        po.getCreatedAt(),
                        po.getVersion(),
                        po.getApproval()))
                .getContent();
    }

    private MatchingFacts facts(PurchaseOrder po) {
        Map<Long, BigDecimal[]> received = new HashMap<>();
        for (Object[] row : receipts.receivedByLine(po.getId())) {
            received.put((Long) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        Map<Long, ProductView> products = inventory.productsById(
                po.getLines().stream().map(PurchaseOrderLine::getProductId).collect(Collectors.toSet()));
        List<MatchingFacts.Line> lines = po.getLines().stream()
                .map(l -> {
                    ProductView p = products.get(l.getProductId());
                    BigDecimal[] r =
                            received.getOrDefault(l.getId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    return new MatchingFacts.Line(
                            l.getId(),
                            l.getProductId(),
                            p.sku(),
                            p.nameZh(),
                            p.nameEn(),
                            p.unit(),
                            l.getQuantity(),
                            l.getUnitPrice(),
                            p.taxRate(),
                            r[0],
                            r[1]);
                })
                .toList();
        return new MatchingFacts(
                po.getId(),
                po.getNumber(),
                po.getSupplierId(),
                suppliers.findById(po.getSupplierId()).map(s -> s.getName()).orElse("?"),
                po.getStatus(),
                lines);
    }
}
