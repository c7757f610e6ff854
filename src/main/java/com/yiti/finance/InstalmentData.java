package com.yiti.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An instalment as entered: a label (预付款, 到货款, 质保金), when it falls due, and either an amount or a percentage of
 * the plan's total (the last percentage takes the rounding, so the instalments add up to the total to the cent).
 */
public record InstalmentData(
        String label, DueTrigger trigger, Integer offsetDays, LocalDate date, BigDecimal amount, BigDecimal percent) {}
