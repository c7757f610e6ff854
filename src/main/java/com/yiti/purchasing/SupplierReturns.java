package com.yiti.purchasing;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.TransactionRetry;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.internal.PurchaseOrder;
import com.yiti.purchasing.internal.PurchaseOrderLine;
import com.yiti.purchasing.internal.PurchaseOrders;
import com.yiti.purchasing.internal.Receipt;
import com.yiti.purchasing.internal.Receipts;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns to the supplier (退货): goods received against a purchase order go back, taken from the order's warehouse
 * or from the quarantine location, never more than was received and kept. A return is a receipt of negative
 * quantities at the cost the receipts booked, so the purchase order line can be received again (a replacement) and
 * the three-way match sees what was kept. Finance follows {@link GoodsReturnedToSupplier} in the same transaction:
 * goods received not invoiced is given back, and a debit note is issued for what the supplier already invoiced.
 */
@Service
@Transactional
public class SupplierReturns {

    private final PurchaseOrders purchaseOrders;
    private final Receipts receipts;
    private final PurchasingManagement purchasing;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockReturns stockReturns;
    private final DocumentNumbers numbers;
    private final TransactionRetry retry;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierReturns(
            PurchaseOrders purchaseOrders,
            Receipts receipts,
            PurchasingManagement purchasing,
            InventoryManagement inventory,
            com.yiti.inventory.StockReturns stockReturns,
            DocumentNumbers numbers,
            TransactionRetry retry,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.purchaseOrders = purchaseOrders;
        this.receipts = receipts;
        this.purchasing = purchasing;
        this.inventory = inventory;
        this.stockReturns = stockReturns;
        this.numbers = numbers;
        this.retry = retry;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'PURCHASING', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ReceiptView returnGoods(NewSupplierReturn r) {
        if (r.reason() == null) {
            throw new BusinessRuleException("reason", "field.required");
        }
        if (r.note() != null && r.note().trim().length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        return retry.run("return goods to the supplier", () -> {
            PurchaseOrder po = purchaseOrders
                    .lock(r.purchaseOrderId())
                    .orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", r.purchaseOrderId()));
            Map<Long, BigDecimal> unitCosts = receivedUnitCosts(po.getId());
            Receipt back = Receipt.supplierReturn(
                    numbers.next("RS"),
                    po.getId(),
                    actor(),
                    clock.instant(),
                    blankToNull(r.note()),
                    r.reason(),
                    r.fromQuarantine());
            Map<Long, BigDecimal> quantities = r.quantities() == null ? Map.of() : r.quantities();
            for (PurchaseOrderLine line : po.getLines().stream()
                    .sorted(Comparator.comparing(PurchaseOrderLine::getProductId))
                    .toList()) {
                BigDecimal q = quantities.get(line.getId());
                if (q == null || q.signum() == 0) {
                    continue;
                }
                String field = "quantities[" + line.getId() + "]";
                if (q.signum() < 0) {
                    throw new BusinessRuleException(field, "stock.quantityPositive");
                }
                if (q.stripTrailingZeros().scale() > 3) {
                    throw new BusinessRuleException(field, "stock.quantityScale", 3);
                }
                if (q.compareTo(line.getReceivedQuantity()) > 0) {
                    throw new BusinessRuleException(
                            field,
                            "purchasing.returnTooMuch",
                            line.getReceivedQuantity().stripTrailingZeros().toPlainString());
                }
                line.returned(q);
                back.add(
                        line.getId(),
                        line.getProductId(),
                        q.negate(),
                        unitCosts.getOrDefault(line.getId(), line.getUnitPrice()));
            }
            if (back.getLines().isEmpty()) {
                throw new BusinessRuleException("quantities", "purchasing.returnNothing");
            }
            po.received();
            receipts.saveAndFlush(back);
            purchaseOrders.flush();
            long from = r.fromQuarantine() ? inventory.quarantineLocation().id() : po.getWarehouseId();
            Map<Long, com.yiti.inventory.ProductView> products = inventory.productsById(
                    back.getLines().stream().map(l -> l.getProductId()).toList());
            List<GoodsReturnedToSupplier.Line> lines = new ArrayList<>();
            for (var l : back.getLines()) {
                BigDecimal q = l.getQuantity().negate();
                BigDecimal value;
                try {
                    value = stockReturns.returnToSupplier(l.getProductId(), from, q, l.getUnitCost(), back.getNumber());
                } catch (BusinessRuleException e) {
                    throw new BusinessRuleException(
                            "quantities[" + l.getPurchaseOrderLineId() + "]",
                            "purchasing.returnNotInStock",
                            products.get(l.getProductId()).sku());
                }
                lines.add(new GoodsReturnedToSupplier.Line(
                        l.getPurchaseOrderLineId(),
                        l.getProductId(),
                        products.get(l.getProductId()).sku(),
                        q,
                        l.getCostAmount().negate(),
                        value));
            }
            events.publishEvent(new GoodsReturnedToSupplier(
                    back.getId(), back.getNumber(), po.getId(), po.getNumber(), po.getSupplierId(), r.reason(), lines));
            return purchasing.receiptView(back);
        });
    }

    /**
     * Per purchase order line, the cost per unit its receipts booked (what a return gives back): what is still
     * booked ÷ what is still kept, so the last unit back clears the line exactly.
     */
    private Map<Long, BigDecimal> receivedUnitCosts(long purchaseOrderId) {
        Map<Long, BigDecimal> costs = new HashMap<>();
        for (Object[] row : receipts.receivedByLine(purchaseOrderId)) {
            BigDecimal quantity = (BigDecimal) row[1];
            if (quantity.signum() > 0) {
                costs.put((Long) row[0], ((BigDecimal) row[2]).divide(quantity, 4, RoundingMode.HALF_UP));
            }
        }
        return costs;
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
