package com.yiti.opportunity.web;

import com.yiti.opportunity.Qualification;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Qualifying a lead: which customer, and the opportunity's title, amount and close date. */
public class QualifyForm {

    private Long existingCustomerId;

    private boolean duplicateConfirmed;

    @Size(max = 200)
    private String opportunityTitle;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    @Limits.Amount
    private BigDecimal amount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedCloseDate;

    Qualification toQualification() {
        return new Qualification(existingCustomerId, duplicateConfirmed, opportunityTitle, amount, expectedCloseDate);
    }

    public Long getExistingCustomerId() {
        return existingCustomerId;
    }

    public void setExistingCustomerId(Long existingCustomerId) {
        this.existingCustomerId = existingCustomerId;
    }

    public boolean isDuplicateConfirmed() {
        return duplicateConfirmed;
    }

    public void setDuplicateConfirmed(boolean duplicateConfirmed) {
        this.duplicateConfirmed = duplicateConfirmed;
    }

    public String getOpportunityTitle() {
        return opportunityTitle;
    }

    public void setOpportunityTitle(String opportunityTitle) {
        this.opportunityTitle = opportunityTitle;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }
}
