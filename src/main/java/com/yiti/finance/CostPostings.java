package com.yiti.finance;

import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.StockArrived;
import com.yiti.inventory.StockCounted;
import com.yiti.inventory.StockValuation;
import com.yiti.order.ShipmentDispatched;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stock valued at its moving-average cost (decision 025), posted in the same transaction as the stock change (synchronous listeners): a
 * shipment moves cost of goods sold out of inventory, a purchase receipt brings inventory against goods received not
 * invoiced, production output brings inventory against production cost, returned goods (restocked or quarantined)
 * come back into inventory out of cost of goods sold.
 */
@Component
class CostPostings {

    private final Journal journal;
    private final InventoryManagement inventory;
    private final StockValuation valuation;
    private final UserDirectory directory;
    private final Clock clock;

    CostPostings(
            Journal journal,
            InventoryManagement inventory,
            StockValuation valuation,
            UserDirectory directory,
            Clock clock) {
        this.valuation = valuation;
        this.journal = journal;
        this.inventory = inventory;
        this.directory = directory;
        this.clock = clock;
    }

    /** A shipment moves its goods' cost, at the moving-average cost they left at, out of inventory. */
    @EventListener
    void on(ShipmentDispatched shipment) {
        BigDecimal cost = valuation
                .movedValue(MoveReason.SHIPMENT, shipment.shipmentNumber())
                .negate();
        journal.post(
                today(),
                DocumentType.SHIPMENT,
                shipment.shipmentNumber(),
                shipment.orderNumber(),
                "CNY",
                actor(),
                List.of(Leg.debit(AccountPurpose.COGS, cost, null), Leg.credit(AccountPurpose.INVENTORY, cost, null)));
    }

    /** Goods in: at the value the move added (a receipt at the purchase order's price, output, a return). */
    @EventListener
    void on(StockArrived arrived) {
        AccountPurpose against = switch (arrived.reason()) {
            case RECEIPT -> AccountPurpose.GRNI;
            case PRODUCTION_OUTPUT -> AccountPurpose.PRODUCTION;
            case RETURN -> AccountPurpose.COGS;
            default -> null;
        };
        if (against == null || arrived.value() == null || arrived.value().signum() == 0) {
            return;
        }
        if (OPENING.equals(arrived.reference())) {
            against = AccountPurpose.OPENING_BALANCE;
        }
        BigDecimal cost = arrived.value();
        journal.post(
                today(),
                switch (arrived.reason()) {
                    case RECEIPT -> DocumentType.RECEIPT;
                    case RETURN -> DocumentType.RETURN;
                    default -> DocumentType.PRODUCTION;
                },
                arrived.reference() == null ? inventory.skuOf(arrived.productId()) : arrived.reference(),
                null,
                "CNY",
                actor(),
                List.of(Leg.debit(AccountPurpose.INVENTORY, cost, null), Leg.credit(against, cost, null)));
    }

    /** Components issued to a production order: their moving-average value from inventory into production cost. */
    @EventListener
    void on(com.yiti.inventory.StockIssued issued) {
        if (issued.value() == null || issued.value().signum() == 0) {
            return;
        }
        journal.post(
                today(),
                DocumentType.PRODUCTION,
                issued.reference(),
                inventory.skuOf(issued.productId()),
                "CNY",
                actor(),
                List.of(
                        Leg.debit(AccountPurpose.PRODUCTION, issued.value(), null),
                        Leg.credit(AccountPurpose.INVENTORY, issued.value(), null)));
    }

    /**
     * A completed production order's labour and overhead, absorbed into production cost (the output then leaves
     * production cost at what the order cost, so the order's production cost comes back to nothing).
     */
    @EventListener
    void on(com.yiti.production.ProductionCompleted completed) {
        List<Leg> legs = new java.util.ArrayList<>();
        BigDecimal absorbed = completed.labourCost().add(completed.overheadCost());
        if (absorbed.signum() != 0) {
            legs.add(Leg.debit(AccountPurpose.PRODUCTION, absorbed, null));
            if (completed.labourCost().signum() != 0) {
                legs.add(Leg.credit(AccountPurpose.LABOUR_APPLIED, completed.labourCost(), null));
            }
            if (completed.overheadCost().signum() != 0) {
                legs.add(Leg.credit(AccountPurpose.OVERHEAD_APPLIED, completed.overheadCost(), null));
            }
            journal.post(today(), DocumentType.PRODUCTION, completed.number(), null, "CNY", actor(), legs);
        }
        // output valued at standard: what it cost beyond the standard leaves production cost as a variance
        BigDecimal variance = completed.variance() == null ? BigDecimal.ZERO : completed.variance();
        if (variance.signum() != 0) {
            BigDecimal amount = variance.abs();
            journal.post(
                    today(),
                    DocumentType.PRODUCTION,
                    completed.number(),
                    "variance",
                    "CNY",
                    actor(),
                    variance.signum() > 0
                            ? List.of(
                                    Leg.debit(AccountPurpose.PRODUCTION_VARIANCE, amount, null),
                                    Leg.credit(AccountPurpose.PRODUCTION, amount, null))
                            : List.of(
                                    Leg.debit(AccountPurpose.PRODUCTION, amount, null),
                                    Leg.credit(AccountPurpose.PRODUCTION_VARIANCE, amount, null)));
        }
    }

    /**
     * A count difference at the moving-average cost: a gain into inventory against stock differences (待处理财产损溢),
     * a loss the other way; FINANCE clears the differences account once the count is approved. The first count of a
     * balance (opening stock) is posted the same way.
     */
    @EventListener
    void on(StockCounted counted) {
        if (counted.value() == null || counted.value().signum() == 0) {
            return;
        }
        BigDecimal cost = counted.value().abs();
        boolean gain = counted.value().signum() > 0;
        journal.post(
                today(),
                DocumentType.STOCK_COUNT,
                inventory.skuOf(counted.productId()),
                counted.note(),
                "CNY",
                actor(),
                List.of(
                        gain
                                ? Leg.debit(AccountPurpose.INVENTORY, cost, null)
                                : Leg.debit(AccountPurpose.STOCK_DIFFERENCES, cost, null),
                        gain
                                ? Leg.credit(AccountPurpose.STOCK_DIFFERENCES, cost, null)
                                : Leg.credit(AccountPurpose.INVENTORY, cost, null)));
    }

    /** The reference of opening stock loaded as receipts (demo data, imports): against opening balances. */
    static final String OPENING = "OPENING";

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
