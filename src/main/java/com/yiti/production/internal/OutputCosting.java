package com.yiti.production.internal;

import com.yiti.production.OutputBasis;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A made product's output basis; a product without a row goes in at actual. */
@Entity
@Table(name = "prd_output_costing")
@Audited
public class OutputCosting extends AuditedEntity {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutputBasis basis;

    protected OutputCosting() {}

    public OutputCosting(long productId, OutputBasis basis) {
        this.productId = productId;
        this.basis = basis;
    }

    public void set(OutputBasis basis) {
        this.basis = basis;
    }

    public Long getProductId() {
        return productId;
    }

    public OutputBasis getBasis() {
        return basis;
    }
}
