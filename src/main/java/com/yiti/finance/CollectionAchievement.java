package com.yiti.finance;

import java.math.BigDecimal;

/**
 * Planned against collected for a set of plans, in CNY at today's rates: what fell due in the period, what of it was
 * collected, the rate in percent (null when nothing fell due), and how many instalments are overdue.
 */
public record CollectionAchievement(
        BigDecimal planned, BigDecimal collected, BigDecimal rate, int overdue, int plans) {}
