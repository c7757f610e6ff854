package com.yiti.production;

import java.time.LocalDate;
import java.util.List;

/**
 * A production order's due date moved (the planner rescheduled it): the sales orders whose lines wait for it, so
 * their timelines can say when it now comes. Published inside the rescheduling transaction.
 */
public record ProductionRescheduled(
        long productionOrderId, String number, String sku, LocalDate from, LocalDate to, List<Long> salesOrderIds) {}
