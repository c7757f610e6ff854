package com.yiti.inventory.web;

import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The product form, and the JSON body of the products API. */
public class ProductForm {

    @NotBlank
    @Size(max = 40)
    private String sku;

    @NotBlank
    @Size(max = 200)
    private String nameZh;

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    @NotBlank
    @Size(max = 10)
    private String unit = "个";

    @NotNull
    private ProductType type = ProductType.BOUGHT;

    /** Left out (an API client that does not know it): a new product is not tracked, a changed one keeps its own. */
    private com.yiti.inventory.Tracking tracking;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 15, fraction = 2)
    @Limits.Price
    private BigDecimal listPrice;

    @NotNull
    @DecimalMin("0.0000")
    @Digits(integer = 15, fraction = 4)
    @Limits.Price
    private BigDecimal standardCost;

    @NotNull
    @DecimalMin("0.0000")
    @DecimalMax("0.9999")
    @Limits.Percent
    private BigDecimal taxRate = new BigDecimal("0.13");

    private Long categoryId;

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    @NotNull
    @Min(0)
    @Max(365)
    private Integer leadTimeDays = 7;

    @NotNull
    @DecimalMin("0.000")
    @Digits(integer = 16, fraction = 3)
    @Limits.Quantity
    private BigDecimal reorderPoint = BigDecimal.ZERO;

    @NotNull
    @DecimalMin("0.000")
    @Digits(integer = 16, fraction = 3)
    @Limits.Quantity
    private BigDecimal reorderQuantity = BigDecimal.ZERO;

    private boolean active = true;

    private long version;

    static ProductForm of(ProductView p) {
        ProductForm f = new ProductForm();
        f.sku = p.sku();
        f.nameZh = p.nameZh();
        f.nameEn = p.nameEn();
        f.unit = p.unit();
        f.type = p.type();
        f.tracking = p.tracking();
        f.listPrice = p.listPrice();
        f.standardCost = p.standardCost();
        f.taxRate = com.yiti.shared.Text.plain(p.taxRate());
        f.categoryId = p.categoryId();
        f.leadTimeDays = p.leadTimeDays();
        f.reorderPoint = p.reorderPoint();
        f.reorderQuantity = p.reorderQuantity();
        f.active = p.active();
        f.version = p.version();
        return f;
    }

    ProductData toData() {
        return new ProductData(
                sku,
                nameZh,
                nameEn,
                unit,
                type,
                listPrice,
                standardCost,
                taxRate,
                leadTimeDays,
                reorderPoint,
                reorderQuantity,
                active,
                categoryId,
                tracking);
    }

    public com.yiti.inventory.Tracking getTracking() {
        return tracking;
    }

    public void setTracking(com.yiti.inventory.Tracking tracking) {
        this.tracking = tracking;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ProductType getType() {
        return type;
    }

    public void setType(ProductType type) {
        this.type = type;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }

    public void setStandardCost(BigDecimal standardCost) {
        this.standardCost = standardCost;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public BigDecimal getReorderPoint() {
        return reorderPoint;
    }

    public void setReorderPoint(BigDecimal reorderPoint) {
        this.reorderPoint = reorderPoint;
    }

    public BigDecimal getReorderQuantity() {
        return reorderQuantity;
    }

    public void setReorderQuantity(BigDecimal reorderQuantity) {
        this.reorderQuantity = reorderQuantity;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
