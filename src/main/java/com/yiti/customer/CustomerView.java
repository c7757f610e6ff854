package com.yiti.customer;

import java.math.BigDecimal;
import java.time.Instant;

public record CustomerView(
        long id,
        String name,
        String creditCode,
        String industry,
        CustomerTier tier,
        String region,
        String address,
        String website,
        long ownerId,
        String ownerName,
        String tags,
        int paymentTermsDays,
        String currency,
        BigDecimal creditLimit,
        CustomerStatus status,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String documentLanguage,
        String code) {}
