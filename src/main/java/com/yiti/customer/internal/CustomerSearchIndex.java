package com.yiti.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer search's index (decision 030): the pairs of neighbouring letters of each customer's name, tags and
 * credit code in {@code cus_customer_gram}, kept by the customer itself on every change of those (the entity
 * {@link Customer} does it). A search for a fragment of two letters or more narrows to the customers holding its
 * rarest pairs (an index range of the rarest, at most {@link #NARROW_LIMIT} ids, each checked against the next ones
 * by primary key), then compares the text as before; a fragment whose every pair is common matches many customers,
 * and the list finds its page quickly without narrowing.
 * Customers written before the index (or by a bulk load that bypasses the application) carry {@code grams_version
 * 0}; {@link #indexPending} indexes them in short batches, and until none is left the search does not narrow.
 */
@Component
public class CustomerSearchIndex {

    /** When the rarest pair is held by more customers than this, the search is not narrowed. */
    public static final int NARROW_LIMIT = 20_000;

    /** A search narrows by this many of its rarest pairs at most (each one more index lookup per candidate). */
    public static final int NARROWING_PAIRS = 3;

    /** How long a count of a pair's holders is trusted. */
    static final java.time.Duration HOLDERS_KEPT = java.time.Duration.ofMinutes(10);

    private final Map<String, Holders> holders = new ConcurrentHashMap<>();

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CustomerSearchIndex(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The pairs of the typed text that narrow the search, rarest first (at most {@link #NARROWING_PAIRS}): empty for
     * text of fewer than two letters, while customers wait to be indexed, or when even the rarest pair is held by more
     * than {@link #NARROW_LIMIT} customers (then the text matches many, and the list finds its page without help).
     * How many customers hold a pair is counted up to the limit and remembered for {@link #HOLDERS_KEPT}: an estimate
     * that only steers the narrowing, never what is found.
     */
    public List<String> narrowingGrams(String text) {
        Set<String> grams = CustomerNames.grams(text);
        if (grams.isEmpty() || pending()) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> counted = new ArrayList<>();
        for (String gram : grams) {
            int n = holders(gram);
            if (n == 0) {
                return List.of(gram);
            }
            counted.add(Map.entry(gram, n));
        }
        counted.sort(Map.Entry.comparingByValue());
        if (counted.get(0).getValue() > NARROW_LIMIT) {
            return List.of();
        }
        return counted.stream().limit(NARROWING_PAIRS).map(Map.Entry::getKey).toList();
    }

    private int holders(String gram) {
        long now = System.currentTimeMillis();
        Holders known = holders.get(gram);
        if (known != null && now - known.countedAt() < HOLDERS_KEPT.toMillis()) {
            return known.count();
        }
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT customer_id FROM cus_customer_gram WHERE gram = ? LIMIT "
                        + (NARROW_LIMIT + 1) + ") g",
                Integer.class,
                gram);
        int count = n == null ? 0 : n;
        if (holders.size() > 50_000) {
            holders.clear();
        }
        holders.put(gram, new Holders(count, now));
        return count;
    }

    private record Holders(int count, long countedAt) {}

    /** Whether customers wait to be indexed. */
    public boolean pending() {
        return !jdbc.queryForList("SELECT id FROM cus_customer WHERE grams_version = 0 LIMIT 1", Long.class)
                .isEmpty();
    }

    /**
     * Indexes the customers that wait, {@link #BATCH} per short transaction (their rows locked only for it), until
     * none is left. Writes no audit history: the index is derived. Returns how many were indexed.
     */
    public int indexPending() {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> indexBatch());
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int indexBatch() {
        List<Object[]> rows = jdbc.query(
                "SELECT id, name, tags, credit_code FROM cus_customer WHERE grams_version = 0 ORDER BY id LIMIT "
                        + BATCH + " FOR UPDATE",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        jdbc.update("DELETE FROM cus_customer_gram WHERE customer_id IN (" + in + ")");
        List<Object[]> grams = new ArrayList<>();
        for (Object[] r : rows) {
            for (String gram : CustomerNames.grams((String) r[1], (String) r[2], (String) r[3])) {
                grams.add(new Object[] {gram, r[0]});
            }
        }
        jdbc.batchUpdate("INSERT INTO cus_customer_gram (gram, customer_id) VALUES (?, ?)", grams);
        jdbc.update("UPDATE cus_customer SET grams_version = 1 WHERE id IN (" + in + ")");
        return rows.size();
    }
}
