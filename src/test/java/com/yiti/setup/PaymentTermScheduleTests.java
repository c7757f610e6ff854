package com.yiti.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The due dates and amounts a payment term gives an invoice: exact to the fen, month ends counted right. */
class PaymentTermScheduleTests {

    private static PaymentTermView term(int days, boolean endOfMonth, String plan) {
        return new PaymentTermView(
                1, "T", "条件", "Term", days, endOfMonth, plan, PaymentTermView.parsePlan(plan, days), true, 0);
    }

    @Test
    void instalmentsAddUpToTheAmountToTheFen() {
        var dues = term(60, false, "30:0;70:60").schedule(LocalDate.of(2026, 3, 10), new BigDecimal("1000.01"));
        assertThat(dues)
                .containsExactly(
                        new PaymentTermView.Due(LocalDate.of(2026, 3, 10), new BigDecimal("300.00")),
                        new PaymentTermView.Due(LocalDate.of(2026, 5, 9), new BigDecimal("700.01")));
        var thirds =
                term(90, false, "33.33:30;33.33:60;33.34:90").schedule(LocalDate.of(2026, 1, 1), new BigDecimal("100"));
        assertThat(thirds.stream().map(PaymentTermView.Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @Test
    void monthEndTermsCountFromTheLastDayOfTheInvoicesMonth() {
        PaymentTermView eom30 = term(30, true, null);
        assertThat(eom30.dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(eom30.dueDate(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 3, 30));
        assertThat(term(30, false, null).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void aPlanThatDoesNotAddUpOrReadIsRefusedAtItsField() {
        for (String bad : List.of("30:0;60:60", "30-0;70:60", "0:0;100:30", "50:60;50:30", "30.001:0;69.999:30")) {
            assertThatThrownBy(() -> PaymentTermView.parsePlan(bad, 30))
                    .as(bad)
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).field())
                    .isEqualTo("instalmentPlan");
        }
        assertThat(PaymentTermView.formatPlan(PaymentTermView.parsePlan(" 30 : 0 ; 70:60 ", 60)))
                .isEqualTo("30:0;70:60");
        assertThat(PaymentTermView.formatPlan(PaymentTermView.parsePlan("100:45", 0)))
                .isNull();
    }
}
