package com.yiti.finance.web;

import jakarta.validation.constraints.NotNull;

/** A payment to a supplier as typed. */
public class SupplierPaymentForm extends AllocatedPaymentForm {

    @NotNull
    private Long supplierId;

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }
}
