package com.yiti.inventory;

import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.ProductAvailability;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.StockBalance;
import com.yiti.inventory.internal.StockBalances;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalogue's writes (ADMIN, PURCHASING): create and change products through their rules (SKU pattern and
 * uniqueness, active unit, tax rate and category, prices and lead time), and the same checks without saving for an
 * import's dry run. A new product gets a balance row in every warehouse. Split out of {@link InventoryManagement},
 * which keeps the product reads, warehouses and the stock ledger.
 */
@Service
@Transactional
public class ProductCatalog {

    private final Products products;
    private final Warehouses warehouses;
    private final StockBalances balances;
    private final ProductAvailability availability;
    private final UnitsOfMeasure units;
    private final ProductCategoryManagement categories;
    private final com.yiti.setup.TaxRateManagement taxRates;
    private final com.yiti.inventory.internal.ProductValuations valuations;
    private final com.yiti.inventory.internal.LotBalances lotBalances;

    ProductCatalog(
            Products products,
            Warehouses warehouses,
            StockBalances balances,
            ProductAvailability availability,
            UnitsOfMeasure units,
            ProductCategoryManagement categories,
            com.yiti.setup.TaxRateManagement taxRates,
            com.yiti.inventory.internal.ProductValuations valuations,
            com.yiti.inventory.internal.LotBalances lotBalances) {
        this.lotBalances = lotBalances;
        this.valuations = valuations;
        this.products = products;
        this.warehouses = warehouses;
        this.balances = balances;
        this.availability = availability;
        this.units = units;
        this.categories = categories;
        this.taxRates = taxRates;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PURCHASING')")
    public ProductView createProduct(ProductData data) {
        String sku = data.sku() == null ? "" : data.sku().trim().toUpperCase(Locale.ROOT);
        if (!sku.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw new BusinessRuleException("sku", "product.skuPattern");
        }
        if (products.findBySku(sku).isPresent()) {
            throw new BusinessRuleException("sku", "product.skuTaken");
        }
        Product p = new Product(sku);
        checkReferences(null, data);
        apply(p, data);
        products.saveAndFlush(p);
        valuations.save(new com.yiti.inventory.internal.ProductValuation(p.getId(), p.getStandardCost()));
        com.yiti.shared.RequestMemo.forget(InventoryManagement.PRODUCTS_MEMO);
        warehouses.findAll().forEach(w -> balances.save(new StockBalance(p.getId(), w.getId())));
        availability.added(p.getId());
        return InventoryManagement.view(p, true, true);
    }

    /**
     * Sets products' standard costs to what production's cost roll-up computed (materials from the bill of materials,
     * labour and overhead from the routing), rounded to the cost's four places; answers the products changed.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCTION')")
    public int setStandardCosts(java.util.Map<Long, BigDecimal> costs) {
        int changed = 0;
        for (Product p : products.findAllById(costs.keySet())) {
            BigDecimal cost = costs.get(p.getId()).setScale(4, RoundingMode.HALF_UP);
            if (cost.signum() < 0) {
                throw new BusinessRuleException("standardCost", "product.priceNegative");
            }
            if (p.getStandardCost().compareTo(cost) != 0) {
                p.standardCost(cost);
                changed++;
            }
        }
        products.flush();
        com.yiti.shared.RequestMemo.forget(InventoryManagement.PRODUCTS_MEMO);
        return changed;
    }

    /** The checks of {@link #createProduct} or {@link #updateProduct} without saving anything (an import's dry run). */
    @PreAuthorize("hasAnyRole('ADMIN', 'PURCHASING')")
    @Transactional(readOnly = true)
    public void checkProduct(com.yiti.inventory.internal.Product existing, ProductData data) {
        String sku = data.sku() == null ? "" : data.sku().trim().toUpperCase(Locale.ROOT);
        if (existing == null && !sku.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw new BusinessRuleException("sku", "product.skuPattern");
        }
        checkReferences(existing, data);
        apply(new Product(sku), data);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PURCHASING')")
    public ProductView updateProduct(long id, long expectedVersion, ProductData data) {
        Product p = products.findById(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Product", id);
        }
        checkReferences(p, data);
        if (data.tracking() != null
                && data.tracking() != p.getTracking()
                && lotBalances.heldOf(p.getId()).signum() > 0) {
            throw new BusinessRuleException("tracking", "product.trackingInUse");
        }
        apply(p, data);
        products.flush();
        com.yiti.shared.RequestMemo.forget(InventoryManagement.PRODUCTS_MEMO);
        return InventoryManagement.view(p, true, true);
    }

    /**
     * A new or changed unit must be an active unit of measure, a new or changed tax rate an active tax rate; a
     * product keeps a unit or rate that was deactivated after it was set.
     */
    private void checkReferences(Product before, ProductData d) {
        String unit = d.unit() == null ? null : d.unit().trim();
        if (unit != null
                && !unit.isEmpty()
                && (before == null || !unit.equals(before.getUnit()))
                && !units.isActive(unit)) {
            throw new BusinessRuleException("unit", "unit.unknown");
        }
        if (d.categoryId() != null
                && (before == null || !d.categoryId().equals(before.getCategoryId()))
                && !categories.isActive(d.categoryId())) {
            throw new BusinessRuleException("categoryId", "category.notActive");
        }
        if (d.taxRate() != null
                && (before == null || d.taxRate().compareTo(before.getTaxRate()) != 0)
                && !taxRates.isActiveRate(d.taxRate())) {
            throw new BusinessRuleException("taxRate", "taxRate.notActive");
        }
    }

    private static void apply(Product p, ProductData d) {
        if (d.nameZh() == null || d.nameZh().isBlank()) {
            throw new BusinessRuleException("nameZh", "field.required");
        }
        if (d.nameEn() == null || d.nameEn().isBlank()) {
            throw new BusinessRuleException("nameEn", "field.required");
        }
        if (d.unit() == null || d.unit().isBlank()) {
            throw new BusinessRuleException("unit", "field.required");
        }
        if (d.type() == null) {
            throw new BusinessRuleException("type", "field.required");
        }
        if (d.listPrice() == null || d.listPrice().signum() < 0) {
            throw new BusinessRuleException("listPrice", "product.priceNegative");
        }
        if (d.standardCost() == null || d.standardCost().signum() < 0) {
            throw new BusinessRuleException("standardCost", "product.priceNegative");
        }
        if (d.taxRate() == null || d.taxRate().signum() < 0 || d.taxRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new BusinessRuleException("taxRate", "product.taxRateRange");
        }
        if (d.leadTimeDays() == null || d.leadTimeDays() < 0 || d.leadTimeDays() > 365) {
            throw new BusinessRuleException("leadTimeDays", "product.leadTimeRange");
        }
        if (d.reorderPoint() == null || d.reorderPoint().signum() < 0) {
            throw new BusinessRuleException("reorderPoint", "stock.countNegative");
        }
        if (d.reorderQuantity() == null || d.reorderQuantity().signum() < 0) {
            throw new BusinessRuleException("reorderQuantity", "stock.countNegative");
        }
        p.apply(
                d.nameZh().trim(),
                d.nameEn().trim(),
                d.unit().trim(),
                d.type(),
                d.listPrice().setScale(2, RoundingMode.HALF_UP),
                d.standardCost().setScale(4, RoundingMode.HALF_UP),
                d.taxRate().setScale(4, RoundingMode.HALF_UP),
                d.leadTimeDays(),
                InventoryManagement.quantity(d.reorderPoint(), "reorderPoint"),
                InventoryManagement.quantity(d.reorderQuantity(), "reorderQuantity"),
                d.active());
        p.setCategoryId(d.categoryId());
        // left out (an older client, a form without it): the product keeps how it is tracked
        Tracking tracking = d.tracking() == null ? p.getTracking() : d.tracking();
        if (tracking != Tracking.NONE && d.type() == ProductType.SERVICE) {
            throw new BusinessRuleException("tracking", "product.serviceNotTracked");
        }
        p.setTracking(tracking);
    }
}
