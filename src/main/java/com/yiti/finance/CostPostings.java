package com.yiti.finance;

import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.StockArrived;
import com.yiti.inventory.StockCounted;
import com.yiti.order.ShipmentDispatched;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stock valued at standard cost, posted in the same transaction as the stock change (synchronous listeners): a
 * shipment moves cost of goods sold out of inventory, a purchase receipt brings inventory against goods received not
 * invoiced, production output brings inventory against production cost, returned goods (restocked or quarantined)
 * come back into inventory out of cost of goods sold.
 */
@Component
class CostPostings {

    private final Journal journal;
    private final InventoryManagement inventory;
    private final UserDirectory directory;
    private final Clock clock;

    CostPostings(Journal journal, InventoryManagement inventory, UserDirectory directory, Clock clock) {
        this.journal = journal;
        this.inventory = inventory;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(ShipmentDispatched shipment) {
        java.util.Set<Long> ids = shipment.lines().stream()
                .map(ShipmentDispatched.Line::productId)
                .collect(Collectors.toSet());
        Map<Long, BigDecimal> costs = inventory.standardCosts(ids);
        Map<Long, ProductType> types = inventory.productTypes(ids);
        // a service rendered with the goods never was in stock: it moves no inventory
        BigDecimal cost = shipment.lines().stream()
                .filter(l -> types.get(l.productId()) != ProductType.SERVICE)
                .map(l -> l.quantity().multiply(costs.get(l.productId())).setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        journal.post(
                today(),
                DocumentType.SHIPMENT,
                shipment.shipmentNumber(),
                shipment.orderNumber(),
                "CNY",
                actor(),
                List.of(Leg.debit(AccountPurpose.COGS, cost, null), Leg.credit(AccountPurpose.INVENTORY, cost, null)));
    }

    @EventListener
    void on(StockArrived arrived) {
        AccountPurpose against = switch (arrived.reason()) {
            case RECEIPT -> AccountPurpose.GRNI;
            case PRODUCTION_OUTPUT -> AccountPurpose.PRODUCTION;
            case RETURN -> AccountPurpose.COGS;
            default -> null;
        };
        if (against == null || arrived.reference() == null) {
            return;
        }
        if (OPENING.equals(arrived.reference())) {
            against = AccountPurpose.OPENING_BALANCE;
        }
        BigDecimal cost = arrived.quantity()
                .multiply(inventory.standardCosts(List.of(arrived.productId())).get(arrived.productId()))
                .setScale(2, RoundingMode.HALF_UP);
        journal.post(
                today(),
                switch (arrived.reason()) {
                    case RECEIPT -> DocumentType.RECEIPT;
                    case RETURN -> DocumentType.RETURN;
                    default -> DocumentType.PRODUCTION;
                },
                arrived.reference(),
                null,
                "CNY",
                actor(),
                List.of(Leg.debit(AccountPurpose.INVENTORY, cost, null), Leg.credit(against, cost, null)));
    }

    /**
     * A count difference at standard cost: a gain into inventory against stock differences (待处理财产损溢), a loss
     * the other way; FINANCE clears the differences account once the count is approved. The first count of a balance
     * (opening stock) is posted the same way.
     */
    @EventListener
    void on(StockCounted counted) {
        BigDecimal cost = counted.difference()
                .abs()
                .multiply(inventory.standardCosts(List.of(counted.productId())).get(counted.productId()))
                .setScale(2, RoundingMode.HALF_UP);
        boolean gain = counted.difference().signum() > 0;
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
