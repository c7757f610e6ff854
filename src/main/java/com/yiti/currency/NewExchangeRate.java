package com.yiti.currency;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate as entered or imported: CNY for one unit of the currency on that day. */
public record NewExchangeRate(String currency, LocalDate rateDate, BigDecimal rate) {}
