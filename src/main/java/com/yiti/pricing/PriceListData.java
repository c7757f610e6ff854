package com.yiti.pricing;

import com.yiti.customer.CustomerTier;
import java.time.LocalDate;

/** A price list's header as entered: for one customer, or one tier, or (neither) every customer. */
public record PriceListData(
        String code,
        String name,
        String currency,
        LocalDate validFrom,
        LocalDate validTo,
        CustomerTier tier,
        Long customerId) {}
