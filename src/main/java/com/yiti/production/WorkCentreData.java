package com.yiti.production;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Set;

/** A work centre as entered: capacity is shifts × hours per shift on each working day; rates per hour in CNY. */
public record WorkCentreData(
        String code,
        String name,
        Integer shiftsPerDay,
        BigDecimal hoursPerShift,
        Set<DayOfWeek> workingDays,
        BigDecimal labourRate,
        BigDecimal overheadRate,
        Boolean active) {

    /** Active unless said otherwise. */
    public boolean isActive() {
        return !Boolean.FALSE.equals(active);
    }
}
