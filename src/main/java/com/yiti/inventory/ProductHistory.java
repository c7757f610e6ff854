package com.yiti.inventory;

import com.yiti.inventory.internal.Product;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.AuditHistory.Field;
import com.yiti.platform.ChangeRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed a product's prices, cost, tax or lead time, and when. Standard cost is in it, so sales reps (who never
 * see costs) do not read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','MANAGER','SALES_MANAGER','PURCHASING','PRODUCTION','FINANCE')")
public class ProductHistory {

    private final InventoryManagement inventory;
    private final AuditHistory audit;

    ProductHistory(InventoryManagement inventory, AuditHistory audit) {
        this.inventory = inventory;
        this.audit = audit;
    }

    public List<ChangeRow> of(long id) {
        inventory.product(id); // 404 for an unknown product
        return new ArrayList<>(AuditHistory.changes(
                AuditHistory.oldestFirst(audit.of(Product.class, id)),
                Product::getId,
                p -> "",
                List.of(
                        Field.of("product.nameZh", Product::getNameZh),
                        Field.of("product.nameEn", Product::getNameEn),
                        Field.of("product.listPrice", Product::getListPrice),
                        Field.of("product.standardCost", Product::getStandardCost),
                        Field.of("product.taxRate", Product::getTaxRate),
                        Field.of("product.leadTime", Product::getLeadTimeDays),
                        Field.of("product.reorderPoint", Product::getReorderPoint),
                        Field.of("product.active", Product::isActive))));
    }
}
