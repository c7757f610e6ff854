package com.yiti.shared;

/** Free text as the facades store it: trimmed, and blank means absent. */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A decimal without trailing zeros that still prints plainly: 120.000 becomes 120, never 1.2E+2 (what
     * {@code stripTrailingZeros()} alone gives, and what a form field would show).
     */
    public static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
