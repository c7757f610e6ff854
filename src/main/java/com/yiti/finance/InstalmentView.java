package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An instalment with its due date (null while its milestone is not reached), what was collected for it and its status. */
public record InstalmentView(
        long id,
        int seq,
        String label,
        DueTrigger trigger,
        int offsetDays,
        LocalDate fixedDate,
        BigDecimal amount,
        LocalDate dueDate,
        BigDecimal collected,
        InstalmentStatus status) {

    public BigDecimal open() {
        return amount.subtract(collected);
    }
}
