package com.yiti.pricing;

import com.yiti.customer.CustomerTier;
import java.time.LocalDate;
import java.util.List;

/** A price list with its items (empty in lists of price lists). */
public record PriceListView(
        long id,
        String code,
        String name,
        String currency,
        LocalDate validFrom,
        LocalDate validTo,
        CustomerTier tier,
        Long customerId,
        String customerName,
        boolean active,
        int itemCount,
        List<PriceItemView> items,
        long version) {

    /** Who it is for: CUSTOMER, TIER or ALL. */
    public String scope() {
        return customerId != null ? "CUSTOMER" : tier != null ? "TIER" : "ALL";
    }

    /** Valid on a day (and active). */
    public boolean validOn(LocalDate day) {
        return active && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
