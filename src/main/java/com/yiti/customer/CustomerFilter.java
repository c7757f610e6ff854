package com.yiti.customer;

/** List filters; every field optional. {@code q} matches name, credit code or tags. */
public record CustomerFilter(String q, Long ownerId, CustomerTier tier, CustomerStatus status, String region) {

    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null);
    }
}
