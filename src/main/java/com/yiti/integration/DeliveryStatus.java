package com.yiti.integration;

/** Where a webhook delivery stands: waiting (first try or a retry), delivered (2xx), or given up after 24 hours. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
