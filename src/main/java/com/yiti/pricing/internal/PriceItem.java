package com.yiti.pricing.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A product on a price list from a quantity on: a unit price or a discount off the list, and a minimum price. */
@Entity
@Table(name = "prc_price_item")
@Audited
public class PriceItem extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @org.hibernate.envers.NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "price_list_id", nullable = false, updatable = false)
    private PriceList priceList;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(name = "min_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal minQuantity;

    @Column(name = "unit_price", precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "discount_pct", precision = 5, scale = 2)
    private BigDecimal discountPct;

    @Column(name = "min_price", precision = 19, scale = 2)
    private BigDecimal minPrice;

    protected PriceItem() {}

    public PriceItem(PriceList priceList) {
        this.priceList = priceList;
    }

    public void change(
            Long productId, BigDecimal minQuantity, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal minPrice) {
        this.productId = productId;
        this.minQuantity = minQuantity;
        this.unitPrice = unitPrice;
        this.discountPct = discountPct;
        this.minPrice = minPrice;
    }

    public Long getId() {
        return id;
    }

    public PriceList getPriceList() {
        return priceList;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getMinQuantity() {
        return minQuantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscountPct() {
        return discountPct;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }
}
