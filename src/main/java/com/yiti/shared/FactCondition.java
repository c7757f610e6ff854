package com.yiti.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on the facts a module submits (decisions 050, 053: approval steps, automation rules): comparisons of them with
 * numbers, joined by {@code and} (binding first) and {@code or} — {@code discountPct > 15 or belowMinimum = 1},
 * {@code amount >= 200000 and creditOver = 1}. {@code amount} is the submitted amount; a fact the document did not
 * submit, or that is not a number, makes its comparison false.
 */
public final class FactCondition {

    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9_]{0,39})\\s*(>=|<=|!=|>|<|=)\\s*(-?\\d{1,15}(?:\\.\\d{1,6})?)\\s*");

    private record Comparison(String fact, String op, BigDecimal value) {

        boolean holds(Map<String, String> facts, BigDecimal amount) {
            BigDecimal actual;
            if (fact.equals("amount")) {
                actual = amount;
            } else {
                String raw = facts == null ? null : facts.get(fact);
                try {
                    actual = raw == null ? null : new BigDecimal(raw.strip());
                } catch (NumberFormatException e) {
                    actual = null;
                }
            }
            if (actual == null) {
                return false;
            }
            int c = actual.compareTo(value);
            return switch (op) {
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case "=" -> c == 0;
                default -> c != 0;
            };
        }
    }

    /** Any of these groups, each of which holds when all its comparisons hold. */
    private final List<List<Comparison>> anyOf;

    private final String text;

    private FactCondition(List<List<Comparison>> anyOf, String text) {
        this.anyOf = anyOf;
        this.text = text;
    }

    /** Reads a condition; blank is "always". Throws {@link IllegalArgumentException} saying what it cannot read. */
    public static FactCondition parse(String text) {
        if (text == null || text.isBlank()) {
            return new FactCondition(List.of(), "");
        }
        if (text.length() > 200) {
            throw new IllegalArgumentException("longer than 200 characters");
        }
        List<List<Comparison>> groups = new ArrayList<>();
        for (String group : text.strip().split("(?i)\\s+or\\s+")) {
            List<Comparison> all = new ArrayList<>();
            for (String part : group.split("(?i)\\s+and\\s+")) {
                Matcher m = COMPARISON.matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException(part.strip());
                }
                all.add(new Comparison(m.group(1), m.group(2), new BigDecimal(m.group(3))));
            }
            groups.add(List.copyOf(all));
        }
        return new FactCondition(List.copyOf(groups), text.strip());
    }

    public boolean always() {
        return anyOf.isEmpty();
    }

    public boolean holds(Map<String, String> facts, BigDecimal amount) {
        return always() || anyOf.stream().anyMatch(g -> g.stream().allMatch(c -> c.holds(facts, amount)));
    }

    @Override
    public String toString() {
        return text;
    }
}
