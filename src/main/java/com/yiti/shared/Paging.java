package com.yiti.shared;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds page requests from user input: page size clamped, sort only by whitelisted properties (so a list can only
 * be sorted by indexed columns and user input never reaches the query as a property name).
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {}

    public static Pageable of(Integer page, Integer size, String sort, Set<String> sortable, Sort fallback) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return PageRequest.of(p, s, parseSort(sort, sortable, fallback));
    }

    /**
     * A keyset page of a list sorted newest first: the rows before id {@code after} ({@code 0}: from the newest), as
     * many as {@code size} allows.
     */
    public static Pageable newestAfter(long after, Integer size) {
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return Keyset.after(s, Sort.by(Sort.Order.desc("id")), after <= 0 ? Long.MAX_VALUE : after);
    }

    static Sort parseSort(String sort, Set<String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.split(",", 2);
        String property = parts[0].trim();
        if (!sortable.contains(property)) {
            return fallback;
        }
        Sort.Direction direction =
                parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        // the tie-breakers follow the chosen direction, so one index (column, tie-breakers…) serves a sort both ways
        // (read forwards or backwards); mixed directions would make MySQL sort every matching row
        Sort ties = Sort.by(fallback.stream().map(o -> o.with(direction)).toList());
        return Sort.by(direction, property).and(ties);
    }
}
