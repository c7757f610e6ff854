package com.yiti.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.dashboard.internal.RevenuePeriods.Unit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevenuePeriodsTests {

    @Test
    void aDayCountsInItsMonthQuarterAndYear() {
        assertThat(RevenuePeriods.of(LocalDate.of(2026, 11, 27)))
                .extracting(u -> u[0] + "/" + u[1])
                .containsExactly("M/202611", "Q/20264", "Y/2026");
        assertThat(RevenuePeriods.of(LocalDate.of(2026, 3, 31)))
                .extracting(u -> u[0] + "/" + u[1])
                .containsExactly("M/202603", "Q/20261", "Y/2026");
    }

    @Test
    void wholeYearsAndQuartersAreReadAsOneUnitAndTheRestByMonth() {
        // every unit lies inside these periods: what was invoiced after them does not matter
        assertThat(RevenuePeriods.units(202401, 202412, (a, b) -> false)).containsExactly(new Unit("Y", 2024));
        assertThat(RevenuePeriods.units(202402, 202508, (a, b) -> false))
                .containsExactly(
                        new Unit("M", 202402),
                        new Unit("M", 202403),
                        new Unit("Q", 20242),
                        new Unit("Q", 20243),
                        new Unit("Q", 20244),
                        new Unit("Q", 20251),
                        new Unit("Q", 20252),
                        new Unit("M", 202507),
                        new Unit("M", 202508));
        assertThat(RevenuePeriods.units(202611, 202611, (a, b) -> false)).containsExactly(new Unit("M", 202611));
    }

    @Test
    void aYearOrQuarterToDateIsOneUnitOnlyWhenNothingWasInvoicedAfterThePeriod() {
        // year to date in November, nothing invoiced in December yet
        assertThat(RevenuePeriods.units(202601, 202611, (a, b) -> a == 202612 && b == 202612))
                .containsExactly(new Unit("Y", 2026));
        // quarter to date
        assertThat(RevenuePeriods.units(202610, 202611, (a, b) -> a == 202612 && b == 202612))
                .containsExactly(new Unit("Q", 20264));
        // a past period whose year and quarter go on: quarters and months, never a unit reaching past the period
        assertThat(RevenuePeriods.units(202501, 202505, (a, b) -> false))
                .containsExactly(new Unit("Q", 20251), new Unit("M", 202504), new Unit("M", 202505));
        assertThat(RevenuePeriods.units(202501, 202501, (a, b) -> false)).containsExactly(new Unit("M", 202501));
    }
}
