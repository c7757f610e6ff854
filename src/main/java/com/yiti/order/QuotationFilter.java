package com.yiti.order;

public record QuotationFilter(String q, QuotationStatus status, Long customerId, Long ownerId) {}
