package com.yiti.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a contract's writer enters: the customer, a title, the value (tax included) in a currency, validity, terms. */
public record ContractData(
        Long customerId,
        String title,
        String currency,
        BigDecimal value,
        LocalDate validFrom,
        LocalDate validTo,
        String terms) {}
