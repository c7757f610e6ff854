package com.yiti.finance.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A product's tax classification code (税收分类编码) and the short name a VAT invoice prints before its name. */
@Entity
@Table(name = "fin_tax_code")
@Audited
public class TaxCode extends AuditedEntity {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "tax_code", nullable = false, length = 19)
    private String code;

    @Column(name = "short_name", nullable = false, length = 40)
    private String shortName;

    protected TaxCode() {}

    public TaxCode(long productId) {
        this.productId = productId;
    }

    public void set(String code, String shortName) {
        this.code = code;
        this.shortName = shortName;
    }

    public Long getProductId() {
        return productId;
    }

    public String getCode() {
        return code;
    }

    public String getShortName() {
        return shortName;
    }
}
