package com.yiti.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** What a list's sort and size become from what a user typed in the address. */
class PagingTests {

    private static final Sort FALLBACK = Sort.by("expectedCloseDate").and(Sort.by("id"));
    private static final Set<String> SORTABLE = Set.of("amount", "title");

    @Test
    void theTieBreakersFollowTheChosenDirectionSoOneIndexServesBoth() {
        assertThat(Paging.of(0, 20, "amount,desc", SORTABLE, FALLBACK).getSort())
                .containsExactly(
                        Sort.Order.desc("amount"), Sort.Order.desc("expectedCloseDate"), Sort.Order.desc("id"));
        assertThat(Paging.of(0, 20, "amount", SORTABLE, FALLBACK).getSort())
                .containsExactly(Sort.Order.asc("amount"), Sort.Order.asc("expectedCloseDate"), Sort.Order.asc("id"));
    }

    @Test
    void anUnknownPropertyGivesTheListsOwnOrderAndTheSizeIsBounded() {
        var page = Paging.of(-3, 5_000, "password_hash,desc", SORTABLE, FALLBACK);
        assertThat(page.getSort()).isEqualTo(FALLBACK);
        assertThat(page.getPageNumber()).isZero();
        assertThat(page.getPageSize()).isEqualTo(Paging.MAX_SIZE);
    }
}
