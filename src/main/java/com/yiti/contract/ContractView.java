package com.yiti.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as its readers see it: {@code used} is the value of the confirmed orders placed under it, {@code left}
 * what may still be ordered; {@code approval} NONE, PENDING, APPROVED or REJECTED; {@code uses} its orders (on a single
 * contract's page only).
 */
public record ContractView(
        long id,
        String number,
        long customerId,
        String customerName,
        long ownerId,
        String ownerName,
        String title,
        String currency,
        BigDecimal value,
        BigDecimal used,
        BigDecimal left,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate signedOn,
        ContractStatus status,
        String approval,
        String terms,
        String signedCopyName,
        String terminationReason,
        long version,
        Instant createdAt,
        List<ContractUseView> uses) {

    /** Percentage of the value used, 0–100 (for the bar on the page). */
    public int usedPct() {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        return used.multiply(BigDecimal.valueOf(100))
                .divide(value, 0, java.math.RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100))
                .intValue();
    }
}
