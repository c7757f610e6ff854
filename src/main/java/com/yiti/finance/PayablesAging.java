package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is owed to whom and when, as of a day: per supplier the open invoices by days past due (not yet due, 1–30,
 * 31–60, 61–90, over 90), less unallocated payments (prepayments); days payable outstanding over the last 90 days.
 */
public record PayablesAging(LocalDate asOf, List<Row> rows, Row total, BigDecimal daysPayableOutstanding) {

    public record Row(
            Long supplierId,
            String supplierName,
            BigDecimal notDue,
            BigDecimal days1To30,
            BigDecimal days31To60,
            BigDecimal days61To90,
            BigDecimal over90,
            BigDecimal prepaid,
            BigDecimal balance) {}
}
