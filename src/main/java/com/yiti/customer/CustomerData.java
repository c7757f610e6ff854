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
        CustomerStatus status,
        String documentLanguage,
        String code) {

    /** Without a code (a new customer gets none; an existing one keeps its own). */
    public CustomerData(
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
            CustomerStatus status,
            String documentLanguage) {
        this(
                name,
                creditCode,
                industry,
                tier,
                region,
                address,
                website,
                ownerId,
                tags,
                paymentTermsDays,
                currency,
                status,
                documentLanguage,
                null);
    }

    /** Without a document language (Chinese, or the one the customer has). */
    public CustomerData(
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
            CustomerStatus status) {
        this(
                name,
                creditCode,
                industry,
                tier,
                region,
                address,
                website,
                ownerId,
                tags,
                paymentTermsDays,
                currency,
                status,
                null,
                null);
    }
}
