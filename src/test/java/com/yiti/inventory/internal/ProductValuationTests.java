package com.yiti.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The moving-average arithmetic on its own: goods in at a cost move the average, goods out carry it, nothing is lost. */
class ProductValuationTests {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void goodsInAtACostMoveTheAverageAndGoodsOutCarryIt() {
        ProductValuation v = new ProductValuation(1L, d("10.00"));
        assertThat(v.apply(d("10"), d("10.00"), Instant.EPOCH)).isEqualByComparingTo("100.00");
        assertThat(v.apply(d("10"), d("16.00"), Instant.EPOCH)).isEqualByComparingTo("160.00");
        assertThat(v.getAverageCost()).isEqualByComparingTo("13.0000");
        assertThat(v.apply(d("-5"), null, Instant.EPOCH)).isEqualByComparingTo("-65.00");
        // goods back without a cost of their own (a customer return, a count gain) come in at the average
        assertThat(v.apply(d("1"), null, Instant.EPOCH)).isEqualByComparingTo("13.00");
        assertThat(v.getAverageCost()).isEqualByComparingTo("13.0000");
        assertThat(v.getQuantity()).isEqualByComparingTo("16");
        assertThat(v.getStockValue()).isEqualByComparingTo("208.00");
    }

    @Test
    void theLastUnitsOutTakeWhatRoundingLeftSoTheValueEndsAtZero() {
        ProductValuation v = new ProductValuation(1L, d("0"));
        v.apply(d("3"), d("3.3333"), Instant.EPOCH); // 10.00 for three
        assertThat(v.getStockValue()).isEqualByComparingTo("10.00");
        assertThat(v.apply(d("-1"), null, Instant.EPOCH)).isEqualByComparingTo("-3.33");
        assertThat(v.apply(d("-1"), null, Instant.EPOCH)).isEqualByComparingTo("-3.33");
        assertThat(v.apply(d("-1"), null, Instant.EPOCH)).isEqualByComparingTo("-3.34");
        assertThat(v.getStockValue()).isEqualByComparingTo("0");
        assertThat(v.empty()).isTrue();
        // the next goods in set the average afresh
        v.apply(d("2"), d("20.00"), Instant.EPOCH);
        assertThat(v.getAverageCost()).isEqualByComparingTo("20.0000");
    }
}
