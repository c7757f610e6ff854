package com.yiti.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A priced line and its amounts. The rounding rule (documented in docs/flows/2-quotation-to-delivery.md): per line,
 * net = quantity × unit price × (100 − discount %) / 100 rounded half-up to 2 decimals; tax = net × tax rate rounded
 * half-up to 2 decimals; gross = net + tax. Document totals are the sums of the rounded line amounts.
 */
@Embeddable
public class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "discount_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPct;

    @Column(name = "tax_rate", nullable = false, precision = 5, scale = 4)
    private BigDecimal taxRate;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    @Column(name = "gross_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossAmount;

    /** The price list the price came from (its code), or null: the list price, or typed with no list applying. */
    @Column(name = "price_list", length = 30)
    private String priceList;

    /** The minimum unit price after discount of that list; a line below it needs approval. */
    @Column(name = "price_floor", precision = 19, scale = 2)
    private BigDecimal priceFloor;

    protected Pricing() {}

    /** The same line, remembering the price list that applied and its minimum unit price. */
    public Pricing from(String priceList, BigDecimal priceFloor) {
        Pricing p = of(quantity, unitPrice, discountPct, taxRate);
        p.priceList = priceList;
        p.priceFloor = priceFloor;
        return p;
    }

    /** The unit price after the line's discount, to the fen. */
    public BigDecimal netUnitPrice() {
        return unitPrice.multiply(HUNDRED.subtract(discountPct)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Sold below the minimum of the price list that applies. */
    public boolean belowFloor() {
        return priceFloor != null && netUnitPrice().compareTo(priceFloor) < 0;
    }

    public String getPriceList() {
        return priceList;
    }

    public BigDecimal getPriceFloor() {
        return priceFloor;
    }

    public static Pricing of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal taxRate) {
        Pricing p = new Pricing();
        p.quantity = quantity;
        p.unitPrice = unitPrice;
        p.discountPct = discountPct;
        p.taxRate = taxRate;
        p.netAmount = quantity.multiply(unitPrice)
                .multiply(HUNDRED.subtract(discountPct))
                .divide(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
        p.taxAmount = p.netAmount.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        p.grossAmount = p.netAmount.add(p.taxAmount);
        return p;
    }

    /** Document totals: the sums of the rounded line amounts. */
    public record Totals(BigDecimal net, BigDecimal tax) {

        public BigDecimal gross() {
            return net.add(tax);
        }
    }

    public static Totals totals(java.util.stream.Stream<Pricing> lines) {
        return lines.reduce(
                new Totals(BigDecimal.ZERO, BigDecimal.ZERO),
                (t, l) -> new Totals(t.net().add(l.netAmount), t.tax().add(l.taxAmount)),
                (a, b) -> new Totals(a.net().add(b.net()), a.tax().add(b.tax())));
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscountPct() {
        return discountPct;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getGrossAmount() {
        return grossAmount;
    }
}
