package com.yiti.aftersales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * After-sales figures for the dashboards: open and breached tickets now; of the tickets resolved in a period how many
 * met their SLA and the average satisfaction of those rated; complaints per product and root causes of the tickets
 * opened in the period.
 */
public record ServiceSummary(
        long open,
        long breached,
        long resolved,
        long withinSla,
        long rated,
        BigDecimal averageCsat,
        List<ProductComplaints> complaintProducts,
        Map<RootCause, Long> rootCauses) {

    public record ProductComplaints(long productId, long complaints) {}

    /** Within SLA ÷ resolved, in percent with one decimal; null when nothing was resolved. */
    public BigDecimal slaPct() {
        return resolved == 0
                ? null
                : BigDecimal.valueOf(withinSla * 100).divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP);
    }
}
