package com.yiti.purchasing.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.purchasing.PurchaseOrderApprovals;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo, after the approval flows: forty servo motors (about ¥130,000) on a purchase order submitted for approval —
 * waiting in the manager's inbox, not sendable until approved.
 */
@Component
@Order(81)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class PurchaseApprovalDemoData implements ApplicationRunner {

    private final PurchaseOrders orders;
    private final Suppliers suppliers;
    private final PurchasingManagement purchasing;
    private final PurchaseOrderApprovals approvals;
    private final InventoryManagement inventory;

    PurchaseApprovalDemoData(
            PurchaseOrders orders,
            Suppliers suppliers,
            PurchasingManagement purchasing,
            PurchaseOrderApprovals approvals,
            InventoryManagement inventory) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.purchasing = purchasing;
        this.approvals = approvals;
        this.inventory = inventory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = inventory.productIdsBySku(List.of("MOT-102"));
        if (ids.isEmpty() || suppliers.count() == 0 || orders.existsByApprovalNot("NONE")) {
            return;
        }
        long supplier = suppliers.findAll().get(0).getId();
        SystemActor.runAs("purchasing", Role.PURCHASING, () -> {
            long sh01 = inventory.warehouses().get(0).id();
            var req = purchasing.requisitionReorder(ids.get("MOT-102"), sh01, new BigDecimal("40"));
            PurchaseOrderView po = purchasing.createPurchaseOrder(
                    supplier, List.of(req.id()), LocalDate.now().plusDays(21));
            return approvals.submit(po.id(), po.version());
        });
    }
}
