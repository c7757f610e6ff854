package com.yiti.support;

import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.ReceiptView;
import com.yiti.purchasing.SupplierData;
import com.yiti.purchasing.SupplierManagement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Goods bought from a new supplier on a sent purchase order, and received, through the facades as real users. */
@Component
public class PurchaseFixtures {

    private final TestUsers users;
    private final OrderFixtures fixtures;
    private final PurchasingManagement purchasing;
    private final SupplierManagement suppliers;

    PurchaseFixtures(
            TestUsers users, OrderFixtures fixtures, PurchasingManagement purchasing, SupplierManagement suppliers) {
        this.users = users;
        this.fixtures = fixtures;
        this.purchasing = purchasing;
        this.suppliers = suppliers;
    }

    public record Bought(ProductView product, long supplierId, PurchaseOrderView po, long lineId) {}

    /** A new product (standard cost 10.00) ordered from a new supplier: this quantity at this price, sent. */
    public Bought ordered(String quantity, String price) {
        return ordered(quantity, price, com.yiti.inventory.Tracking.NONE);
    }

    /** The same for a product tracked by lot or serial number. */
    public Bought ordered(String quantity, String price, com.yiti.inventory.Tracking tracking) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "30.00", 5, "0", tracking);
        long supplier = users.runAs(
                        "purchasing",
                        () -> suppliers.createSupplier(
                                new SupplierData(CrmFixtures.unique("供应商 AP"), null, null, null, 7, true)))
                .id();
        PurchaseOrderView sent = users.runAs("purchasing", () -> {
            var requisition = purchasing.requisitionReorder(p.id(), fixtures.warehouse(), new BigDecimal(quantity));
            var po = purchasing.createPurchaseOrder(supplier, List.of(requisition.id()), null);
            var priced = purchasing.updateLine(
                    po.id(), po.version(), po.lines().get(0).id(), new BigDecimal(quantity), new BigDecimal(price));
            return purchasing.send(priced.id(), priced.version());
        });
        return new Bought(p, supplier, sent, sent.lines().get(0).id());
    }

    /** Receives under these lots or serial numbers. */
    public ReceiptView receive(Bought b, String quantity, List<com.yiti.inventory.LotIn> lots) {
        return users.runAs(
                "warehouse",
                () -> purchasing.receive(
                        b.po().id(), Map.of(b.lineId(), new BigDecimal(quantity)), Map.of(b.lineId(), lots), null));
    }

    public ReceiptView receive(Bought b, String quantity) {
        return users.runAs(
                "warehouse", () -> purchasing.receive(b.po().id(), Map.of(b.lineId(), new BigDecimal(quantity)), null));
    }
}
