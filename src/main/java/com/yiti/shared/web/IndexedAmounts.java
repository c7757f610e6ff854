package com.yiti.shared.web;

import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Form fields named {@code <name>[<id>]=<number>} (an allocation per invoice, a quantity per line), as a map of id to
 * number. Empty fields are left out; a forged id or a value that is not a number (or beyond 13 integer digits) is
 * refused with the caller's message, not a 500. Call it inside the submission so the refusal reaches the page.
 */
public final class IndexedAmounts {

    private IndexedAmounts() {}

    public static Map<Long, BigDecimal> parse(String name, Map<String, String> params, String messageKey) {
        Map<Long, BigDecimal> amounts = new HashMap<>();
        String prefix = name + "[";
        params.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith("]") && v != null && !v.isBlank()) {
                try {
                    BigDecimal amount = new BigDecimal(v.trim());
                    if (amount.precision() - amount.scale() > 13) {
                        throw new NumberFormatException("out of range");
                    }
                    amounts.put(Long.valueOf(k.substring(prefix.length(), k.length() - 1)), amount);
                } catch (NumberFormatException e) {
                    throw new BusinessRuleException(name, messageKey);
                }
            }
        });
        return amounts;
    }
}
