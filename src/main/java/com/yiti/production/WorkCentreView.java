package com.yiti.production;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A work centre with its calendar: hours on a working day, and the holidays ahead. */
public record WorkCentreView(
        long id,
        String code,
        String name,
        int shiftsPerDay,
        BigDecimal hoursPerShift,
        BigDecimal hoursPerDay,
        Set<DayOfWeek> workingDays,
        BigDecimal labourRate,
        BigDecimal overheadRate,
        BigDecimal costPerHour,
        boolean active,
        List<Holiday> holidays,
        long version) {

    /** A day off. */
    public record Holiday(long id, LocalDate date, String note) {}
}
