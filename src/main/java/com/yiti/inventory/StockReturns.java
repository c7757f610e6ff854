package com.yiti.inventory;

import com.yiti.inventory.internal.StockLedger;
import com.yiti.inventory.internal.StockMove;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goods going back the way they came (split out of {@link InventoryManagement}): to their supplier (退货) and from a
 * customer (a return restocked or quarantined), each a move in the caller's transaction.
 */
@Service
@Transactional
public class StockReturns {

    private final InventoryManagement inventory;
    private final StockLedger ledger;
    private final LotTracking lots;
    private final UserDirectory directory;

    StockReturns(InventoryManagement inventory, StockLedger ledger, LotTracking lots, UserDirectory directory) {
        this.inventory = inventory;
        this.ledger = ledger;
        this.lots = lots;
        this.directory = directory;
    }

    /**
     * Goods go back to their supplier (退货) from a warehouse or from the quarantine location, at the cost they were
     * received at (the moving average follows); what is reserved for orders never leaves. Returns the value the goods
     * took out of stock (positive).
     */
    public BigDecimal returnToSupplier(
            long productId, long warehouseId, BigDecimal quantity, BigDecimal unitCost, String reference) {
        if (inventory.productTypes(List.of(productId)).get(productId) == ProductType.SERVICE) {
            throw new BusinessRuleException("productId", "stock.serviceNotStocked");
        }
        BigDecimal q = InventoryManagement.quantity(quantity, "quantity");
        if (q.signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        StockMove move = ledger.move(
                productId, warehouseId, q.negate(), MoveReason.SUPPLIER_RETURN, unitCost, reference, null, actor());
        lots.lotsOut(move, true, "quantity");
        return move.getValue().negate();
    }

    /**
     * Returned goods come back: into the warehouse they left (available again, waiting demand reserves them) or into
     * the quarantine location (on hand, never available). A RETURN move either way, referencing the return.
     */
    public StockBalanceView receiveReturn(
            long productId, long warehouseId, BigDecimal quantity, boolean quarantine, String reference) {
        return receiveReturn(productId, warehouseId, quantity, quarantine, reference, null);
    }

    /** The same, the goods back under the lot or serial number the customer's return names (when it names one). */
    public StockBalanceView receiveReturn(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            boolean quarantine,
            String reference,
            String lotNumber) {
        List<LotIn> named = lotNumber == null || lotNumber.isBlank()
                ? List.of()
                : List.of(new LotIn(lotNumber.trim(), null, quantity));
        return inventory.receive(
                productId,
                quarantine ? inventory.quarantineLocation().id() : warehouseId,
                quantity,
                MoveReason.RETURN,
                null,
                reference,
                named,
                null,
                "lotNumber");
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
