package com.yiti.finance.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** The three-way match tolerances ADMIN sets (one row): price and quantity, in percent. */
@Entity
@Table(name = "fin_payables_setting")
@Audited
public class PayablesSetting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "price_tolerance_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal priceTolerancePercent;

    @Column(name = "quantity_tolerance_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal quantityTolerancePercent;

    protected PayablesSetting() {}

    public void apply(BigDecimal price, BigDecimal quantity) {
        this.priceTolerancePercent = price;
        this.quantityTolerancePercent = quantity;
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getPriceTolerancePercent() {
        return priceTolerancePercent;
    }

    public BigDecimal getQuantityTolerancePercent() {
        return quantityTolerancePercent;
    }
}
