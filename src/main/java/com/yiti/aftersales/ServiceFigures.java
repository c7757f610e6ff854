package com.yiti.aftersales;

import java.math.BigDecimal;

/**
 * Tickets resolved in a period for one agent, product or customer ({@code key}, null for none): how many, how many
 * within their resolution target, and the average satisfaction (null when none was rated).
 */
public record ServiceFigures(By by, Long key, long resolved, long withinSla, BigDecimal averageCsat) {

    public enum By {
        AGENT,
        PRODUCT,
        CUSTOMER
    }

    /** SLA compliance in percent, one decimal. */
    public BigDecimal slaCompliance() {
        return resolved == 0
                ? null
                : BigDecimal.valueOf(withinSla * 1000 / resolved).movePointLeft(1);
    }
}
