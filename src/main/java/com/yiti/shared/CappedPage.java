package com.yiti.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list too long to count in full on every request: the count stops at {@link #CAP} rows past the page's
 * start, so its cost is bounded however large the table grows. When capped, the total is a lower bound (the pager
 * says more than so many records) and the next page is always offered.
 */
public class CappedPage<T> extends PageImpl<T> {

    /** Rows counted past the start of the page at most. */
    public static final int CAP = 1000;

    private final long countedFromStart;

    public CappedPage(List<T> content, Pageable pageable, long countedFromStart) {
        super(content, pageable, pageable.getOffset() + Math.min(countedFromStart, CAP));
        this.countedFromStart = countedFromStart;
    }

    private CappedPage(List<T> content, Pageable pageable, long total, long countedFromStart) {
        super(content, pageable, total);
        this.countedFromStart = countedFromStart;
    }

    /**
     * A page past the list's end (a stale link, a hand-typed page number): no rows, and the list's exact total, which
     * is then smaller than the page's start (counted at most that far), so the pager can lead back to the last page.
     */
    public static <T> CappedPage<T> pastTheEnd(Pageable pageable, long total) {
        return new CappedPage<>(List.of(), pageable, total, 0);
    }

    /** Whether more rows exist than were counted. */
    public boolean isCapped() {
        return countedFromStart >= CAP;
    }

    /** The same page of other objects (views of the rows), still capped where this one is. */
    @Override
    public <U> CappedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CappedPage<>(getConvertedContent(converter), getPageable(), getTotalElements(), countedFromStart);
    }
}
