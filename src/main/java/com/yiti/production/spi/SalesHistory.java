package com.yiti.production.spi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * Customers' demand by month, for the forecast and its consumption (decision 042): the quantity of each product on
 * orders that were confirmed and not cancelled, in the month each line falls due (its promised date, else the day
 * the order was confirmed). The order module implements it.
 */
public interface SalesHistory {

    /** Product → month → quantity, for the months from {@code from} to {@code to}, both included. */
    Map<Long, Map<YearMonth, BigDecimal>> quantitiesByMonth(YearMonth from, YearMonth to);
}
