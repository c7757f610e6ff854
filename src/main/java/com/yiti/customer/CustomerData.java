package com.yiti.customer;

/** What a sales user enters about a customer. The credit limit is not here: only FINANCE changes it. */
public record CustomerData(
        String name,
        String creditCode,
        String industry,
        CustomerTier tier,
        String region,
        String address,
        String website,
        Long ownerId,
        String tags,
        Integer paymentTermsDays,
        String currency,
        CustomerStatus status) {}
