package com.yiti.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** A list counted only up to a bound: exact below it, "more than" at it, and a next page always offered then. */
class CappedPageTests {

    @Test
    void belowTheCapTheTotalIsExact() {
        var page = new CappedPage<>(java.util.Collections.nCopies(12, "a"), PageRequest.of(2, 20), 12);
        assertThat(page.isCapped()).isFalse();
        assertThat(page.getTotalElements()).isEqualTo(52);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void atTheCapTheTotalIsALowerBoundAndTheNextPageIsOffered() {
        var page = new CappedPage<>(java.util.Collections.nCopies(20, "a"), PageRequest.of(500, 20), CappedPage.CAP);
        assertThat(page.isCapped()).isTrue();
        assertThat(page.getTotalElements()).isEqualTo(10_000 + CappedPage.CAP);
        assertThat(page.isLast()).isFalse();
        assertThat(page.hasNext()).isTrue();
    }
}
