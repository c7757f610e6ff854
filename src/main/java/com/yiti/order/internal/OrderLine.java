package com.yiti.order.internal;

import com.yiti.order.LineSupply;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order line. Reserved is what inventory holds for it right now (its reservation reference is
 * {@link #reservationReference()}); reserved + shipped + cancelled + backorder = quantity.
 */
@Entity
@Table(name = "ord_order_line")
@org.hibernate.envers.Audited
@jakarta.persistence.EntityListeners(org.springframework.data.jpa.domain.support.AuditingEntityListener.class)
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** When the line last changed (the data-warehouse feed's watermark); not part of its audited history. */
    @org.springframework.data.annotation.LastModifiedDate
    @org.hibernate.envers.NotAudited
    @Column(name = "updated_at")
    private java.time.Instant updatedAt;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Embedded
    private Pricing pricing;

    @Column(name = "reserved_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal reservedQuantity = BigDecimal.ZERO;

    @Column(name = "shipped_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal shippedQuantity = BigDecimal.ZERO;

    @Column(name = "cancelled_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal cancelledQuantity = BigDecimal.ZERO;

    /** Authorised for return by after-sales; never more than shipped. */
    @Column(name = "returned_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal returnedQuantity = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private LineSupply supply;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    protected OrderLine() {}

    OrderLine(int lineNo, Long orderId, Long productId, Pricing pricing) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.productId = productId;
        this.pricing = pricing;
    }

    public static String reservationReference(long orderLineId) {
        return "SOL-" + orderLineId;
    }

    public String reservationReference() {
        return reservationReference(id);
    }

    void reprice(Long productId, Pricing pricing) {
        this.productId = productId;
        this.pricing = pricing;
    }

    public void planned(LineSupply supply, LocalDate promisedDate) {
        this.supply = supply;
        this.promisedDate = promisedDate;
    }

    public void reserved(BigDecimal q) {
        this.reservedQuantity = reservedQuantity.add(q);
    }

    public void shipped(BigDecimal q) {
        this.reservedQuantity = reservedQuantity.subtract(q);
        this.shippedQuantity = shippedQuantity.add(q);
    }

    /** A service line done (it was never reserved): what is rendered counts as shipped, and is invoiced with it. */
    public void rendered(BigDecimal q) {
        this.shippedQuantity = shippedQuantity.add(q);
    }

    /** Cancels what is not shipped; the reservation has been released by the caller. */
    public void cancelRemainder() {
        this.reservedQuantity = BigDecimal.ZERO;
        this.cancelledQuantity = pricing.getQuantity().subtract(shippedQuantity);
    }

    public BigDecimal backorder() {
        return pricing.getQuantity()
                .subtract(reservedQuantity)
                .subtract(shippedQuantity)
                .subtract(cancelledQuantity)
                .max(BigDecimal.ZERO);
    }

    /** Shipped and not yet returned: the most a new return may take back. */
    public BigDecimal returnable() {
        return shippedQuantity.subtract(returnedQuantity);
    }

    /** A return authorised (positive) or cancelled (negative). */
    public void returned(BigDecimal q) {
        this.returnedQuantity = returnedQuantity.add(q);
    }

    public BigDecimal getReturnedQuantity() {
        return returnedQuantity;
    }

    /** Still to ship (reserved or not). */
    public BigDecimal open() {
        return pricing.getQuantity().subtract(shippedQuantity).subtract(cancelledQuantity);
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getProductId() {
        return productId;
    }

    public Pricing getPricing() {
        return pricing;
    }

    public BigDecimal getReservedQuantity() {
        return reservedQuantity;
    }

    public BigDecimal getShippedQuantity() {
        return shippedQuantity;
    }

    public BigDecimal getCancelledQuantity() {
        return cancelledQuantity;
    }

    public LineSupply getSupply() {
        return supply;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }
}
