package com.yiti.production.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The forecasting methods on series whose future is known: a season, a trend, a flat line, too little history. */
class ExponentialSmoothingTests {

    /** Three years of a December peak over a base of 100 growing by 1 a month. */
    static double[] seasonal(int months) {
        double[] y = new double[months];
        for (int t = 0; t < months; t++) {
            y[t] = 100 + t + (t % 12 == 11 ? 60 : 0);
        }
        return y;
    }

    @Test
    void twoYearsOfHistoryAreForecastWithTheirSeason() {
        double[] history = seasonal(36);
        var f = ExponentialSmoothing.forecast(history, 12);
        assertThat(f.method()).isEqualTo("HOLT_WINTERS");
        // month 36 is a January (base 136), month 47 the next December (147 + 60)
        assertThat(f.values()[0]).isCloseTo(136, within(6.0));
        assertThat(f.values()[11]).isCloseTo(207, within(8.0));
        assertThat(f.values()[11] - f.values()[10]).as("the December peak").isGreaterThan(40);
        assertThat(ExponentialSmoothing.mape(history, 3)).isLessThan(5.0);
    }

    @Test
    void aShorterHistoryFollowsItsTrendAndAFlatOneStaysFlat() {
        var trend = ExponentialSmoothing.forecast(new double[] {10, 20, 30, 40, 50, 60}, 2);
        assertThat(trend.method()).isEqualTo("HOLT");
        assertThat(trend.values()[0]).isCloseTo(70, within(3.0));
        assertThat(trend.values()[1]).isCloseTo(80, within(5.0));

        var flat = ExponentialSmoothing.forecast(new double[] {50, 50, 50}, 3);
        assertThat(flat.method()).isEqualTo("SES");
        assertThat(flat.values()).containsExactly(50, 50, 50);
    }

    @Test
    void demandIsNeverForecastBelowZeroAndAnErrorNeedsSomethingToMeasure() {
        var falling = ExponentialSmoothing.forecast(new double[] {50, 40, 30, 20, 10, 0}, 3);
        assertThat(java.util.Arrays.stream(falling.values()).min().orElseThrow())
                .isGreaterThanOrEqualTo(0);
        assertThat(ExponentialSmoothing.mape(new double[] {5, 5}, 3)).isNull();
        // months without demand are left out of the percentage
        assertThat(ExponentialSmoothing.mape(new double[] {10, 10, 10, 10, 0, 0, 0}, 3))
                .isNull();
        assertThat(ExponentialSmoothing.forecast(new double[0], 2).method()).isEqualTo("NONE");
    }
}
