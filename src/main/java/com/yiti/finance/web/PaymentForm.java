package com.yiti.finance.web;

import jakarta.validation.constraints.NotNull;

/** A customer's payment as typed. */
public class PaymentForm extends AllocatedPaymentForm {

    @NotNull
    private Long customerId;

    /** The order this is a deposit for, or none. */
    private Long orderId;

    /** The contract this is a deposit for, or none. */
    private Long contractId;

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
