package com.yiti.finance.web;

import jakarta.validation.constraints.NotNull;

/** A customer's payment as typed. */
public class PaymentForm extends AllocatedPaymentForm {

    @NotNull
    private Long customerId;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
