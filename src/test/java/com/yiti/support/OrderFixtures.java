package com.yiti.support;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Products with stock and draft orders, made through the facades as real users. */
@Component
public class OrderFixtures {

    private final TestUsers users;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.ProductCatalog catalog;
    private final OrderManagement orders;
    private final com.yiti.order.FulfilmentManagement fulfilment;

    OrderFixtures(
            TestUsers users,
            InventoryManagement inventory,
            com.yiti.inventory.ProductCatalog catalog,
            OrderManagement orders,
            com.yiti.order.FulfilmentManagement fulfilment) {
        this.users = users;
        this.inventory = inventory;
        this.catalog = catalog;
        this.orders = orders;
        this.fulfilment = fulfilment;
    }

    public long warehouse() {
        return inventory.warehouses().get(0).id();
    }

    /** A fresh product with this much on hand in the first warehouse (none when zero). */
    public ProductView product(ProductType type, String listPrice, int leadTimeDays, String onHand) {
        return product(type, listPrice, leadTimeDays, onHand, com.yiti.inventory.Tracking.NONE);
    }

    /** The same, tracked by lot or serial number (its stock on hand, if any, without a lot). */
    public ProductView product(
            ProductType type, String listPrice, int leadTimeDays, String onHand, com.yiti.inventory.Tracking tracking) {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        ProductView p = users.runAs(
                "admin",
                () -> catalog.createProduct(new ProductData(
                        sku,
                        "测试产品 " + sku,
                        "Test product " + sku,
                        "个",
                        type,
                        new BigDecimal(listPrice),
                        new BigDecimal("10"),
                        new BigDecimal("0.13"),
                        leadTimeDays,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        true,
                        null,
                        tracking)));
        if (new BigDecimal(onHand).signum() > 0) {
            users.runAs(
                    "warehouse",
                    () -> inventory.receive(
                            p.id(), warehouse(), new BigDecimal(onHand), MoveReason.RECEIPT, "OPENING"));
        }
        return p;
    }

    /** Ships a quantity of one order line (as whoever is signed in: the warehouse). */
    public com.yiti.order.ShipmentView ship(long orderId, long lineId, String quantity, String tracking) {
        return fulfilment.ship(
                orderId,
                new com.yiti.order.ShipmentData(java.util.Map.of(lineId, new BigDecimal(quantity)), "顺丰", tracking));
    }

    public OrderView draft(String rep, long customerId, Object... productAndQuantity) {
        return users.runAs(rep, () -> {
            OrderView order = orders.create(new OrderData(customerId, warehouse(), null, null, null));
            for (int i = 0; i < productAndQuantity.length; i += 2) {
                ProductView p = (ProductView) productAndQuantity[i];
                order = orders.addLine(
                        order.id(),
                        order.version(),
                        new LineData(p.id(), new BigDecimal(productAndQuantity[i + 1].toString()), null, null));
            }
            return order;
        });
    }
}
