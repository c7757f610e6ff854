package com.yiti.inventory.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * Reference data named by a code with Chinese and English names, deactivated rather than deleted (units of measure,
 * product categories). Column lengths are the migrations' business.
 */
@MappedSuperclass
@Audited
public abstract class CodedName extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    protected CodedName() {}

    protected CodedName(String code) {
        this.code = code;
    }

    public void change(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
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

    public boolean isActive() {
        return active;
    }
}
