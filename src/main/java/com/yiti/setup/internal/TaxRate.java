package com.yiti.setup.internal;

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

/** A VAT rate documents choose from; deactivated, never deleted (issued documents keep the rate they printed). */
@Entity
@Table(name = "set_tax_rate")
@Audited
public class TaxRate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal rate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false)
    private boolean active = true;

    protected TaxRate() {}

    public TaxRate(String code) {
        this.code = code;
    }

    public void change(String nameZh, String nameEn, BigDecimal rate, LocalDate validFrom) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.rate = rate;
        this.validFrom = validFrom;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public boolean isActive() {
        return active;
    }
}
