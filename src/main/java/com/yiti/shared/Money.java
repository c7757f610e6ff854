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
        return format(amount, "CNY");
    }

    /** An amount with its currency's sign: ¥1,130.00, US$1,130.00, €…, HK$…; other currencies by their code. */
    public static String format(BigDecimal amount, String currency) {
        DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = grouped.format(rounded.abs());
        return (rounded.signum() < 0 ? "-" : "") + symbol(currency) + digits;
    }

    /** The sign printed before an amount in a currency (CNY when none is given). */
    public static String symbol(String currency) {
        if (currency == null) {
            return "¥";
        }
        return switch (currency) {
            case "CNY" -> "¥";
            case "USD" -> "US$";
            case "EUR" -> "€";
            case "HKD" -> "HK$";
            case "GBP" -> "£";
            case "JPY" -> "JP¥";
            default -> currency + " ";
        };
    }
}
