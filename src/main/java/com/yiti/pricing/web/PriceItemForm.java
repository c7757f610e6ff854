package com.yiti.pricing.web;

import com.yiti.pricing.PriceItemData;
import java.math.BigDecimal;

/** A product on a price list as typed: from a quantity, a price or a discount, and a minimum. */
public class PriceItemForm {

    private Long productId;
    private BigDecimal minQuantity = BigDecimal.ONE;
    private BigDecimal unitPrice;
    private BigDecimal discountPct;
    private BigDecimal minPrice;

    PriceItemData toData() {
        return new PriceItemData(productId, minQuantity, unitPrice, discountPct, minPrice);
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public void setMinQuantity(BigDecimal minQuantity) {
        this.minQuantity = minQuantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscountPct() {
        return discountPct;
    }

    public void setDiscountPct(BigDecimal discountPct) {
        this.discountPct = discountPct;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(BigDecimal minPrice) {
        this.minPrice = minPrice;
    }
}
