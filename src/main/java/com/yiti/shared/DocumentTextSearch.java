package com.yiti.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the search box of a document list (orders, quotations, invoices) matches (decision 029). Text that looks
 * like a document number ({@link Text#looksLikeDocumentNumber}) is the beginning of the number, an index range
 * (numbers are stored in upper case; the pattern admits only letters, digits and '-': nothing to escape). A short
 * beginning (SO-, SO-2026-) matches half the table, so it looks at the number alone and the list walks its id order
 * and stops after a page; from {@link #SPECIFIC_NUMBER} characters it also matches the beginning of the other
 * columns (a customer's reference, an order's number: an index merge of two small ranges; they compare without case
 * in MySQL's collation). Any other text is looked for anywhere in all the columns (a scan, for the rare fragment).
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
        String prefix = text.toUpperCase(Locale.ROOT) + "%";
        String anywhere = "%" + text.toLowerCase(Locale.ROOT) + "%";
        return cb.or(columns.stream()
                .map(c -> number ? cb.like(root.get(c), prefix) : cb.like(cb.lower(root.get(c)), anywhere))
                .toArray(Predicate[]::new));
    }
}
