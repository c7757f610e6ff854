package com.yiti.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as text: the CNY sign, thousands grouped, two decimals, the same in both languages. */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount) {
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = grouped.format(rounded.abs());
        return (rounded.signum() < 0 ? "-¥" : "¥") + digits;
    }
}
