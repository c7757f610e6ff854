package com.yiti.production.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A product's forecast demand for one month: computed from history, optionally overridden by the planner. */
@Entity
@Table(name = "prd_forecast")
@Audited
public class Forecast extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false)
    private Long warehouseId;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate periodMonth;

    @Column(name = "computed_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal computedQuantity;

    @Column(name = "override_quantity", precision = 19, scale = 3)
    private BigDecimal overrideQuantity;

    @Column(nullable = false, length = 20)
    private String method;

    @Column(precision = 9, scale = 2)
    private BigDecimal mape;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected Forecast() {}

    public Forecast(long productId, long warehouseId, LocalDate periodMonth) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.periodMonth = periodMonth;
    }

    public void computed(BigDecimal quantity, String method, BigDecimal mape, Instant at) {
        this.computedQuantity = quantity;
        this.method = method;
        this.mape = mape;
        this.computedAt = at;
    }

    public void override(BigDecimal quantity) {
        this.overrideQuantity = quantity;
    }

    /** What planning uses: the planner's figure if there is one. */
    public BigDecimal effective() {
        return overrideQuantity != null ? overrideQuantity : computedQuantity;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public LocalDate getPeriodMonth() {
        return periodMonth;
    }

    public BigDecimal getComputedQuantity() {
        return computedQuantity;
    }

    public BigDecimal getOverrideQuantity() {
        return overrideQuantity;
    }

    public String getMethod() {
        return method;
    }

    public BigDecimal getMape() {
        return mape;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
