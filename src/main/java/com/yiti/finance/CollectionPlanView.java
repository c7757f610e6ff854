package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A collection plan (回款计划) with its instalments: {@code collected} is what the customer paid for the plan's contract
 * or order (deposits for it and payments applied to its invoices), {@code plannedToDate} what fell due up to today, and
 * {@code rate} collected ÷ planned to date in percent (回款达成率; null when nothing is due yet).
 */
public record CollectionPlanView(
        long id,
        long customerId,
        String customerName,
        Long contractId,
        String contractNumber,
        Long orderId,
        String orderNumber,
        String currency,
        BigDecimal total,
        BigDecimal collected,
        BigDecimal plannedToDate,
        BigDecimal rate,
        LocalDate signedOn,
        LocalDate deliveredOn,
        LocalDate acceptedOn,
        String note,
        long version,
        boolean canWrite,
        List<InstalmentView> instalments) {

    public String documentNumber() {
        return contractNumber != null ? contractNumber : orderNumber;
    }

    public String documentLink() {
        return contractId != null ? "/contracts/" + contractId : "/orders/" + orderId;
    }
}
