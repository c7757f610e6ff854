package com.yiti.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Page;

/**
 * The JSON shape of every paged API list: stable, independent of Spring Data's internal page representation. A list
 * read by keyset ({@code after}) has no totals ({@code -1}: they would cost a count of every row) and names in
 * {@code nextAfter} the id to pass for the next page (null at the end); a numbered page has its totals and no
 * {@code nextAfter}. The totals of a long list are counted to {@link CappedPage#CAP} rows past the page's start:
 * {@code totalCapped} true says there are more than {@code totalElements} (ask for the next page, or read by keyset).
 */
public record PageResponse<T>(
        List<T> content, int page, int size, long totalElements, int totalPages, Long nextAfter, boolean totalCapped) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages(),
                null,
                page instanceof CappedPage<?> capped && capped.isCapped());
    }

    /** A page read after an id: no totals, and the id to continue after while the page came back full. */
    public static <S, T> PageResponse<T> keyset(Page<S> page, Function<S, T> mapper, ToLongFunction<S> id) {
        List<S> rows = page.getContent();
        Long next = rows.size() == page.getSize() && !rows.isEmpty() ? id.applyAsLong(rows.get(rows.size() - 1)) : null;
        return new PageResponse<>(rows.stream().map(mapper).toList(), 0, page.getSize(), -1, -1, next, false);
    }
}
