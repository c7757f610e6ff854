package com.yiti.finance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "fin_journal_line")
public class JournalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal debit;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal credit;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    /** The leg in the document's currency when that is not CNY (debit and credit are always CNY); else null. */
    @Column(name = "fc_amount", precision = 19, scale = 2, updatable = false)
    private BigDecimal fcAmount;

    protected JournalLine() {}

    JournalLine(
            Long accountId,
            BigDecimal debit,
            BigDecimal credit,
            String currency,
            Long customerId,
            BigDecimal fcAmount) {
        this.accountId = accountId;
        this.debit = debit;
        this.credit = credit;
        this.currency = currency;
        this.customerId = customerId;
        this.fcAmount = fcAmount;
    }

    public BigDecimal getFcAmount() {
        return fcAmount;
    }

    public Long getAccountId() {
        return accountId;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public String getCurrency() {
        return currency;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
