package com.yiti.finance;

import java.math.BigDecimal;

/** An account's turnover in a period: debits, credits and the net (debit − credit). */
public record TrialBalanceRow(
        long accountId, String code, String name, AccountType type, BigDecimal debit, BigDecimal credit) {

    public BigDecimal balance() {
        return debit.subtract(credit);
    }
}
