package com.yiti.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * A component a released production order needs (its bill exploded, phantoms through, scrap included): how much,
 * reserved under the order's number, how much was issued and what it cost.
 */
@Entity
@Table(name = "prd_order_material")
@Audited
public class OrderMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "production_order_id", nullable = false, updatable = false)
    private Long productionOrderId;

    @Column(name = "component_id", nullable = false, updatable = false)
    private Long componentId;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal required;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal issued = BigDecimal.ZERO;

    @Column(name = "issued_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal issuedValue = BigDecimal.ZERO;

    protected OrderMaterial() {}

    public OrderMaterial(Long productionOrderId, Long componentId, BigDecimal required) {
        this.productionOrderId = productionOrderId;
        this.componentId = componentId;
        this.required = required;
    }

    public void issued(BigDecimal quantity, BigDecimal value) {
        this.issued = issued.add(quantity);
        this.issuedValue = issuedValue.add(value);
    }

    /** What is still to issue of what is required (never below zero). */
    public BigDecimal open() {
        BigDecimal open = required.subtract(issued);
        return open.signum() < 0 ? BigDecimal.ZERO : open;
    }

    public Long getId() {
        return id;
    }

    public Long getProductionOrderId() {
        return productionOrderId;
    }

    public Long getComponentId() {
        return componentId;
    }

    public BigDecimal getRequired() {
        return required;
    }

    public BigDecimal getIssued() {
        return issued;
    }

    public BigDecimal getIssuedValue() {
        return issuedValue;
    }
}
