package com.yiti.inventory.internal;

import com.yiti.inventory.ProductType;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "inv_product")
@org.hibernate.envers.Audited
public class Product extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 10)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProductType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private com.yiti.inventory.Tracking tracking = com.yiti.inventory.Tracking.NONE;

    @Column(name = "list_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal listPrice;

    @Column(name = "standard_cost", nullable = false, precision = 19, scale = 4)
    private BigDecimal standardCost;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal taxRate;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "reorder_point", nullable = false, precision = 19, scale = 3)
    private BigDecimal reorderPoint;

    @Column(name = "reorder_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal reorderQuantity;

    @Column(nullable = false)
    private boolean active = true;

    /** The product's category (inv_product_category), or null. */
    @Column(name = "category_id")
    private Long categoryId;

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    protected Product() {}

    public Product(String sku) {
        this.sku = sku;
    }

    public void apply(
            String nameZh,
            String nameEn,
            String unit,
            ProductType type,
            BigDecimal listPrice,
            BigDecimal standardCost,
            BigDecimal taxRate,
            int leadTimeDays,
            BigDecimal reorderPoint,
            BigDecimal reorderQuantity,
            boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.type = type;
        this.listPrice = listPrice;
        this.standardCost = standardCost;
        this.taxRate = taxRate;
        this.leadTimeDays = leadTimeDays;
        this.reorderPoint = reorderPoint;
        this.reorderQuantity = reorderQuantity;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getUnit() {
        return unit;
    }

    public com.yiti.inventory.Tracking getTracking() {
        return tracking;
    }

    public void setTracking(com.yiti.inventory.Tracking tracking) {
        this.tracking = tracking;
    }

    public ProductType getType() {
        return type;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    /** The standard cost as production's roll-up computed it (materials and operations). */
    public void standardCost(BigDecimal cost) {
        this.standardCost = cost;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public BigDecimal getReorderPoint() {
        return reorderPoint;
    }

    public BigDecimal getReorderQuantity() {
        return reorderQuantity;
    }

    public boolean isActive() {
        return active;
    }
}
