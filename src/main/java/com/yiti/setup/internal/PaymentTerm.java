package com.yiti.setup.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * When an invoice falls due: {@code days} after the invoice date, or after the end of its month; or an instalment
 * plan kept as text ({@code 30:0;70:60}: percent and days per instalment), parsed by
 * {@link com.yiti.setup.PaymentTermView}.
 */
@Entity
@Table(name = "set_payment_term")
@Audited
public class PaymentTerm extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int days;

    @Column(name = "end_of_month", nullable = false)
    private boolean endOfMonth;

    @Column(name = "instalment_plan", length = 200)
    private String instalmentPlan;

    @Column(nullable = false)
    private boolean active = true;

    protected PaymentTerm() {}

    public PaymentTerm(String code) {
        this.code = code;
    }

    public void change(String nameZh, String nameEn, int days, boolean endOfMonth, String instalmentPlan) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.days = days;
        this.endOfMonth = endOfMonth;
        this.instalmentPlan = instalmentPlan;
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

    public int getDays() {
        return days;
    }

    public boolean isEndOfMonth() {
        return endOfMonth;
    }

    public String getInstalmentPlan() {
        return instalmentPlan;
    }

    public boolean isActive() {
        return active;
    }
}
