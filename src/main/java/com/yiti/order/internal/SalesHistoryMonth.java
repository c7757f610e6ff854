package com.yiti.order.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A product's sales in one month before Yiti, brought over at go-live. */
@Entity
@Table(name = "ord_sales_history")
@Audited
public class SalesHistoryMonth extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(length = 100)
    private String source;

    protected SalesHistoryMonth() {}

    public SalesHistoryMonth(long productId, LocalDate periodMonth) {
        this.productId = productId;
        this.periodMonth = periodMonth;
    }

    public void set(BigDecimal quantity, String source) {
        this.quantity = quantity;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public LocalDate getPeriodMonth() {
        return periodMonth;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getSource() {
        return source;
    }
}
