package com.yiti.pricing;

import com.yiti.customer.CustomerTier;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a quotation or order line asks: the customer (and its tier), the document's currency and day, the product, the
 * quantity, and the product's list price already in that currency (what a discount applies to).
 */
public record PriceQuestion(
        long customerId,
        CustomerTier tier,
        String currency,
        LocalDate day,
        long productId,
        BigDecimal quantity,
        BigDecimal listPrice) {}
