package com.yiti.currency.internal;

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

/** One currency's rate on one day (unique per currency and day); a correction changes it, audited. */
@Entity
@Table(name = "cur_exchange_rate")
@Audited
public class ExchangeRate extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency;

    @Column(name = "rate_date", nullable = false)
    private LocalDate rateDate;

    @Column(nullable = false, precision = 18, scale = 6)
    private BigDecimal rate;

    @Column(nullable = false, length = 10)
    private String source;

    protected ExchangeRate() {}

    public ExchangeRate(String currency, LocalDate rateDate) {
        this.currency = currency;
        this.rateDate = rateDate;
    }

    public void set(BigDecimal rate, String source) {
        this.rate = rate;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }
}
