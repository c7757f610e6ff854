package com.yiti.production.internal;

import com.yiti.production.LotPolicy;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** How planning sizes a product's proposals and what it keeps back; a product without one is planned lot-for-lot. */
@Entity
@Table(name = "prd_planning_policy")
@Audited
public class PlanningPolicy extends AuditedEntity {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "lot_policy", nullable = false, length = 15)
    private LotPolicy lotPolicy;

    @Column(name = "lot_quantity", nullable = false, precision = 19, scale = 3)
    private BigDecimal lotQuantity;

    @Column(name = "lot_multiple", nullable = false, precision = 19, scale = 3)
    private BigDecimal lotMultiple;

    @Column(name = "safety_stock", nullable = false, precision = 19, scale = 3)
    private BigDecimal safetyStock;

    protected PlanningPolicy() {}

    public PlanningPolicy(long productId) {
        this.productId = productId;
    }

    public void set(LotPolicy policy, BigDecimal lotQuantity, BigDecimal lotMultiple, BigDecimal safetyStock) {
        this.lotPolicy = policy;
        this.lotQuantity = lotQuantity;
        this.lotMultiple = lotMultiple;
        this.safetyStock = safetyStock;
    }

    public Long getProductId() {
        return productId;
    }

    public LotPolicy getLotPolicy() {
        return lotPolicy;
    }

    public BigDecimal getLotQuantity() {
        return lotQuantity;
    }

    public BigDecimal getLotMultiple() {
        return lotMultiple;
    }

    public BigDecimal getSafetyStock() {
        return safetyStock;
    }
}
