package com.yiti.finance.web;

import com.yiti.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/** Credit limit (empty: no check, 0: prepayment only) and payment terms in days. */
public class CreditForm {

    @Limits.Amount
    private BigDecimal creditLimit;

    @Min(0)
    @Max(365)
    private Integer paymentTermsDays;

    @jakarta.validation.constraints.Size(max = 20)
    private String paymentTermCode;

    public String getPaymentTermCode() {
        return paymentTermCode;
    }

    public void setPaymentTermCode(String paymentTermCode) {
        this.paymentTermCode = paymentTermCode;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public Integer getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(Integer paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }
}
