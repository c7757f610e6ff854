package com.yiti.platform.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** How one document type is numbered: its printed prefix and whether its series restarts every year. */
@Entity
@Table(name = "plt_number_series")
@Audited
public class NumberSeries extends AuditedEntity {

    @Id
    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 10)
    private String prefix;

    @Column(name = "yearly_reset", nullable = false)
    private boolean yearlyReset;

    @org.hibernate.envers.NotAudited
    @Column(nullable = false, updatable = false)
    private boolean gapless;

    protected NumberSeries() {}

    public String getCode() {
        return code;
    }

    public String getPrefix() {
        return prefix;
    }

    public boolean isYearlyReset() {
        return yearlyReset;
    }

    public boolean isGapless() {
        return gapless;
    }

    public void change(String prefix, boolean yearlyReset) {
        this.prefix = prefix;
        this.yearlyReset = yearlyReset;
    }
}
