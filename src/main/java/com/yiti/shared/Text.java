package com.yiti.shared;

/** Free text as the facades store it: trimmed, and blank means absent. */
public final class Text {

    private Text() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * A code of reference data (a tax rate, a payment term, a category): upper case, 1–20 letters, digits, dot, dash
     * or underscore; anything else is refused at the field {@code code} ({@code reference.codePattern}).
     */
    public static String referenceCode(String raw) {
        String code = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,19}")) {
            throw new BusinessRuleException("code", "reference.codePattern");
        }
        return code;
    }

    /**
     * A required name of reference data (a unit, a tax rate, a category …), trimmed; blank or longer than {@code max}
     * is refused at its field ({@code reference.nameRequired}).
     */
    public static String requiredName(String value, String field, int max) {
        String name = blankToNull(value);
        if (name == null || name.length() > max) {
            throw new BusinessRuleException(field, "reference.nameRequired", max);
        }
        return name;
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

    /**
     * What a typed document number looks like, whole or begun: letters (the printed prefix ADMIN chose), a dash,
     * then letters, digits and dashes — SO-, SO-2026-0001, SO-000123, INV-B-8490. Lists search such text as the
     * beginning of a number (an index range), not anywhere in a column (a scan of every row).
     */
    private static final java.util.regex.Pattern DOCUMENT_NUMBER =
            java.util.regex.Pattern.compile("(?i)[A-Z][A-Z0-9]{0,9}-[A-Z0-9-]*");

    public static boolean looksLikeDocumentNumber(String text) {
        return text != null && DOCUMENT_NUMBER.matcher(text.trim()).matches();
    }
}
