package com.yiti.finance.internal;

import com.yiti.finance.NewSupplierInvoice;
import com.yiti.finance.NewSupplierPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.SupplierInvoiceView;
import com.yiti.finance.SupplierInvoicing;
import com.yiti.finance.SupplierPaymentManagement;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.purchasing.MatchingFacts;
import com.yiti.purchasing.PurchaseOrderMatching;
import com.yiti.purchasing.PurchaseOrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo payables on the demo purchase orders: the transmitters' invoice overdue, most of the sensors invoiced and
 * paid, the rest of the sensors invoiced 8 % over the order's price and held for purchasing; a second lot of sensors
 * received and invoiced, two of them sent back as defective, so a debit note takes them off that invoice.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class PayablesDemoData implements ApplicationRunner {

    private final SupplierInvoices invoices;
    private final SupplierInvoicing invoicing;
    private final SupplierPaymentManagement paying;
    private final PurchaseOrderMatching purchasing;
    private final com.yiti.purchasing.SupplierReturns returns;
    private final com.yiti.purchasing.PurchasingManagement orders;
    private final com.yiti.inventory.InventoryManagement inventory;
    private final Clock clock;

    PayablesDemoData(
            SupplierInvoices invoices,
            SupplierInvoicing invoicing,
            SupplierPaymentManagement paying,
            PurchaseOrderMatching purchasing,
            com.yiti.purchasing.SupplierReturns returns,
            com.yiti.purchasing.PurchasingManagement orders,
            com.yiti.inventory.InventoryManagement inventory,
            Clock clock) {
        this.returns = returns;
        this.orders = orders;
        this.inventory = inventory;
        this.invoices = invoices;
        this.invoicing = invoicing;
        this.paying = paying;
        this.purchasing = purchasing;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (invoices.count() > 0) {
            return;
        }
        List<PurchaseOrderView> received = purchasing.invoiceable(10).stream()
                .sorted(Comparator.comparing(PurchaseOrderView::id))
                .toList();
        if (received.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        SystemActor.runAs("finance", Role.FINANCE, () -> {
            MatchingFacts transmitters = purchasing.facts(received.get(0).id());
            enter(
                    transmitters,
                    "44031000000012345001",
                    transmitters.lines().get(0).received(),
                    BigDecimal.ONE,
                    today.minusDays(50),
                    today.minusDays(20));
            MatchingFacts sensors = purchasing.facts(received.get(1).id());
            SupplierInvoiceView paid = enter(
                    sensors,
                    "44031000000012345002",
                    new BigDecimal("30"),
                    BigDecimal.ONE,
                    today.minusDays(35),
                    today.minusDays(5));
            paying.pay(new NewSupplierPayment(
                    paid.supplierId(),
                    today.minusDays(6),
                    paid.grossAmount(),
                    PaymentMethod.BANK_TRANSFER,
                    "网银 E-banking 0093",
                    false,
                    Map.of(paid.id(), paid.grossAmount())));
            enter(
                    sensors,
                    "44031000000012345003",
                    new BigDecimal("20"),
                    new BigDecimal("1.08"),
                    today.minusDays(2),
                    today.plusDays(28));
            return null;
        });
        // a second lot of sensors, invoiced; two fail incoming inspection and go back: a debit note takes them off
        MatchingFacts sensors = purchasing.facts(received.get(1).id());
        long product = sensors.lines().get(0).productId();
        long warehouse = received.get(1).warehouseId();
        PurchaseOrderView lot = SystemActor.runAs("purchasing", Role.PURCHASING, () -> {
            var need = orders.requisitionReorder(product, warehouse, BigDecimal.TEN);
            PurchaseOrderView po = orders.createPurchaseOrder(sensors.supplierId(), List.of(need.id()), null);
            return orders.send(po.id(), po.version());
        });
        long lineId = lot.lines().get(0).id();
        SystemActor.runAs(
                "warehouse",
                Role.WAREHOUSE,
                () -> orders.receive(lot.id(), Map.of(lineId, BigDecimal.TEN), "第二批 second lot"));
        SystemActor.runAs(
                "finance",
                Role.FINANCE,
                () -> enter(
                        purchasing.facts(lot.id()),
                        "44031000000012345004",
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        today.minusDays(1),
                        today.plusDays(29)));
        if (inventory.balance(product, warehouse).available().compareTo(new BigDecimal("2")) >= 0) {
            SystemActor.runAs(
                    "warehouse",
                    Role.WAREHOUSE,
                    () -> returns.returnGoods(new com.yiti.purchasing.NewSupplierReturn(
                            lot.id(),
                            com.yiti.purchasing.SupplierReturnReason.DEFECTIVE,
                            false,
                            "来料检验：2个传感器读数漂移 / 2 sensors drift",
                            Map.of(lineId, new BigDecimal("2")))));
        }
    }

    private SupplierInvoiceView enter(
            MatchingFacts po,
            String reference,
            BigDecimal quantity,
            BigDecimal priceFactor,
            LocalDate date,
            LocalDate due) {
        MatchingFacts.Line line = po.lines().get(0);
        return invoicing.enter(new NewSupplierInvoice(
                po.purchaseOrderId(),
                reference,
                date,
                due,
                List.of(new NewSupplierInvoice.Line(
                        line.id(),
                        quantity,
                        line.unitPrice().multiply(priceFactor).setScale(2, RoundingMode.HALF_UP),
                        line.taxRate()))));
    }
}
