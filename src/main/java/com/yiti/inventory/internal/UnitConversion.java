package com.yiti.inventory.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** One {@code fromUnit} is {@code factor} {@code toUnit}s (1 箱 = 12 个). */
@Entity
@Table(name = "inv_unit_conversion")
@Audited
public class UnitConversion extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_unit", nullable = false, length = 10)
    private String fromUnit;

    @Column(name = "to_unit", nullable = false, length = 10)
    private String toUnit;

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal factor;

    protected UnitConversion() {}

    public UnitConversion(String fromUnit, String toUnit, BigDecimal factor) {
        this.fromUnit = fromUnit;
        this.toUnit = toUnit;
        this.factor = factor;
    }

    public Long getId() {
        return id;
    }

    public String getFromUnit() {
        return fromUnit;
    }

    public String getToUnit() {
        return toUnit;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public void setFactor(BigDecimal factor) {
        this.factor = factor;
    }
}
