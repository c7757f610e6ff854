package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's account for a period: the balance owed at its start, each invoice (owed more) and payment (owed less)
 * with the running balance, and the balance at its end.
 */
public record SupplierStatement(
        long supplierId,
        String supplierName,
        LocalDate from,
        LocalDate until,
        BigDecimal opening,
        List<Entry> entries,
        BigDecimal closing) {

    public record Entry(
            LocalDate date,
            String type,
            long id,
            String number,
            String reference,
            BigDecimal invoiced,
            BigDecimal paid,
            BigDecimal balance) {}
}
