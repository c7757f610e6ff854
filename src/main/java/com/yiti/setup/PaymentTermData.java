package com.yiti.setup;

/**
 * A payment term as entered. {@code instalmentPlan} is empty for one payment, or instalments as
 * {@code percent:days} separated by semicolons ({@code 30:0;70:60}), adding up to 100 %.
 */
public record PaymentTermData(
        String code, String nameZh, String nameEn, Integer days, boolean endOfMonth, String instalmentPlan) {}
