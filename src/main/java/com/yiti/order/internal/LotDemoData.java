package com.yiti.order.internal;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.LotIn;
import com.yiti.inventory.ProductCatalog;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.Tracking;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentData;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.SupplierManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo lots and serial numbers (decision 027): smart pressure transmitters tracked by serial number and a grease
 * tracked by lot with expiry dates, bought and received with their numbers; one of sales1's customers got two
 * transmitters and five units of grease (picked from the lot that expires first). Service's demo complaint names one of
 * those transmitters, so it traces back to the supplier's receipt.
 */
@Component
@Order(42)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class LotDemoData implements ApplicationRunner {

    static final String TRANSMITTER = "TX-900";
    static final String GREASE = "GRS-200";

    private final ProductCatalog catalog;
    private final InventoryManagement inventory;
    private final PurchasingManagement purchasing;
    private final SupplierManagement suppliers;
    private final CustomerManagement customers;
    private final OrderManagement orders;
    private final FulfilmentManagement fulfilment;
    private final UserDirectory directory;
    private final Clock clock;

    LotDemoData(
            ProductCatalog catalog,
            InventoryManagement inventory,
            PurchasingManagement purchasing,
            SupplierManagement suppliers,
            CustomerManagement customers,
            OrderManagement orders,
            FulfilmentManagement fulfilment,
            UserDirectory directory,
            Clock clock) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.purchasing = purchasing;
        this.suppliers = suppliers;
        this.customers = customers;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inventory.warehouses().isEmpty()
                || SystemActor.runAs(
                        "admin",
                        Role.ADMIN,
                        () -> inventory
                                .products(
                                        new com.yiti.inventory.ProductFilter(TRANSMITTER, null, null),
                                        PageRequest.of(0, 5))
                                .getContent()
                                .stream()
                                .anyMatch(p -> p.sku().equals(TRANSMITTER)))) {
            return;
        }
        var supplierList = SystemActor.runAs("purchasing", Role.PURCHASING, suppliers::activeSuppliers);
        if (supplierList.isEmpty()) {
            return;
        }
        long sh01 = inventory.warehouses().get(0).id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        ProductView transmitter = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () -> catalog.createProduct(product(
                        TRANSMITTER,
                        "智能压力变送器 TX-900",
                        "Smart pressure transmitter TX-900",
                        "台",
                        "1680.00",
                        "1050.00",
                        Tracking.SERIAL)));
        ProductView grease = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () -> catalog.createProduct(product(
                        GREASE,
                        "高温润滑脂 GRS-200",
                        "High-temperature grease GRS-200",
                        "千克",
                        "96.00",
                        "42.00",
                        Tracking.LOT)));
        long supplier = supplierList.get(supplierList.size() > 1 ? 1 : 0).id();
        PurchaseOrderView po = SystemActor.runAs("purchasing", Role.PURCHASING, () -> {
            var a = purchasing.requisitionReorder(transmitter.id(), sh01, new BigDecimal("5"));
            var b = purchasing.requisitionReorder(grease.id(), sh01, new BigDecimal("40"));
            var created = purchasing.createPurchaseOrder(supplier, List.of(a.id(), b.id()), null);
            return purchasing.send(created.id(), created.version());
        });
        long transmitterLine = lineOf(po, transmitter.id());
        long greaseLine = lineOf(po, grease.id());
        List<LotIn> serials = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            serials.add(new LotIn(String.format("SN-TX900-%04d", i), null, BigDecimal.ONE));
        }
        SystemActor.runAs(
                "warehouse",
                Role.WAREHOUSE,
                () -> purchasing.receive(
                        po.id(),
                        Map.of(transmitterLine, new BigDecimal("5"), greaseLine, new BigDecimal("40")),
                        Map.of(
                                transmitterLine,
                                serials,
                                greaseLine,
                                List.of(
                                        new LotIn("G2412-B", today.plusMonths(14), new BigDecimal("20")),
                                        new LotIn("G2411-A", today.plusMonths(5), new BigDecimal("20")))),
                        "带序列号和批次 with serials and lots"));
        // one of sales1's customers gets two transmitters and five units of grease
        long rep = directory.findByUsername("sales1").orElseThrow().id();
        SystemActor.runAs("sales1", Role.SALES_REP, () -> {
            List<CustomerView> mine = customers
                    .search(new CustomerFilter(null, rep, null, null, null), PageRequest.of(0, 5, Sort.by("id")))
                    .getContent();
            if (mine.isEmpty()) {
                return null;
            }
            OrderView order = orders.create(new OrderData(mine.get(0).id(), sh01, null, null, null));
            order = orders.addLine(
                    order.id(), order.version(), new LineData(transmitter.id(), new BigDecimal("2"), null, null));
            order = orders.addLine(
                    order.id(), order.version(), new LineData(grease.id(), new BigDecimal("5"), null, null));
            OrderView confirmed = orders.confirm(order.id(), null);
            Map<Long, BigDecimal> quantities = new java.util.HashMap<>();
            confirmed.lines().forEach(l -> quantities.put(l.id(), l.quantity()));
            SystemActor.runAs(
                    "warehouse",
                    Role.WAREHOUSE,
                    () -> fulfilment.ship(confirmed.id(), new ShipmentData(quantities, "顺丰速运", "SF1403859777")));
            return null;
        });
    }

    private static long lineOf(PurchaseOrderView po, long productId) {
        return po.lines().stream()
                .filter(l -> l.productId() == productId)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ProductData product(
            String sku, String zh, String en, String unit, String price, String cost, Tracking tracking) {
        return new ProductData(
                sku,
                zh,
                en,
                unit,
                ProductType.BOUGHT,
                new BigDecimal(price),
                new BigDecimal(cost),
                new BigDecimal("0.13"),
                14,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                true,
                null,
                tracking);
    }
}
