package com.yiti.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the search box of a document list (orders, quotations, invoices) matches (decisions 029 and 030), always
 * through an index except for a fragment of digits:
 *
 * <ul>
 *   <li>Text that looks like a document number ({@link Text#looksLikeDocumentNumber}) is the beginning of the
 *       number, an index range (numbers are stored in upper case). A short beginning (SO-, SO-2026-) matches half the
 *       table, so it looks at the number alone and the list walks its id order and stops after a page; from {@link
 *       #SPECIFIC_NUMBER} characters it also matches the beginning of the other columns (a customer's reference, an
 *       order's number: an index merge of two small ranges).
 *   <li>Other text with a letter in it (a customer's PO, in any script) is the beginning of the number or of the
 *       other columns: index ranges; MySQL's collation compares them without case.
 *   <li>Text of digits and signs alone (the end of a number someone remembers) is looked for anywhere in all the
 *       columns: a scan, the one search that costs in proportion to the table.
 * </ul>
 */
public final class DocumentTextSearch {

    /** Typed numbers this long or longer are specific enough to be looked for in the other columns too. */
    public static final int SPECIFIC_NUMBER = 10;

    private DocumentTextSearch() {}

    /** The condition for typed text {@code q} (not blank) on a document's number column and its other columns. */
    public static Predicate matches(
            CriteriaBuilder cb, Path<?> root, String q, String numberColumn, String... otherColumns) {
        String text = q.trim();
        boolean number = Text.looksLikeDocumentNumber(text);
        List<String> columns = new ArrayList<>(List.of(numberColumn));
        if (!number || text.length() >= SPECIFIC_NUMBER) {
            columns.addAll(List.of(otherColumns));
        }
        if (number) {
            String prefix = text.toUpperCase(Locale.ROOT) + "%";
            return cb.or(columns.stream().map(c -> cb.like(root.get(c), prefix)).toArray(Predicate[]::new));
        }
        if (text.codePoints().anyMatch(Character::isLetter)) {
            String beginning = escape(text) + "%";
            return cb.or(columns.stream()
                    .map(c -> cb.like(root.get(c), beginning, ESCAPE))
                    .toArray(Predicate[]::new));
        }
        String anywhere = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
        return cb.or(columns.stream()
                .map(c -> cb.like(cb.lower(root.get(c)), anywhere, ESCAPE))
                .toArray(Predicate[]::new));
    }

    /**
     * The escape character of the LIKE patterns built from typed text ({@code cb.like(x, pattern, ESCAPE)}): not the
     * backslash, which MySQL's string literals treat as an escape of their own.
     */
    public static final char ESCAPE = '!';

    /** Typed text for a LIKE pattern: its % and _ are looked for as themselves. */
    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
