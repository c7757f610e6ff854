package com.yiti.order.web;

import com.yiti.order.LineData;
import com.yiti.order.LineView;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A quotation or order line as typed; the price may stay empty (list price). */
public class LineForm {

    @NotNull
    private Long productId;

    @NotNull
    @Limits.Quantity
    private BigDecimal quantity;

    @Limits.Price
    private BigDecimal unitPrice;

    @Limits.Percent
    private BigDecimal discountPct;

    private long version;

    static LineForm of(LineView line, long version) {
        LineForm f = new LineForm();
        f.productId = line.productId();
        f.quantity = com.yiti.shared.Text.plain(line.quantity());
        f.unitPrice = line.unitPrice();
        f.discountPct = com.yiti.shared.Text.plain(line.discountPct());
        f.version = version;
        return f;
    }

    LineData toData() {
        return new LineData(productId, quantity, unitPrice, discountPct);
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
