package com.yiti.finance.web;

import com.yiti.finance.PaymentMethod;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A payment as typed, to a customer or to a supplier: date, amount, method, reference; allocated oldest due first
 * unless {@code manual}, then the amounts per invoice.
 */
public abstract class AllocatedPaymentForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paymentDate;

    @NotNull
    @Limits.Amount
    private BigDecimal amount;

    @NotNull
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;

    @Size(max = 100)
    private String reference;

    private boolean manual;

    private Map<Long, @Limits.Amount BigDecimal> allocations = new LinkedHashMap<>();

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isManual() {
        return manual;
    }

    public void setManual(boolean manual) {
        this.manual = manual;
    }

    public Map<Long, BigDecimal> getAllocations() {
        return allocations;
    }

    public void setAllocations(Map<Long, BigDecimal> allocations) {
        this.allocations = allocations;
    }

    /** The amounts typed per invoice when allocating by hand (zeros and blanks left out); none otherwise. */
    public Map<Long, BigDecimal> chosenAllocations() {
        if (!manual) {
            return Map.of();
        }
        Map<Long, BigDecimal> chosen = new LinkedHashMap<>();
        allocations.forEach((invoice, amount) -> {
            if (amount != null && amount.signum() != 0) {
                chosen.put(invoice, amount);
            }
        });
        return chosen;
    }
}
