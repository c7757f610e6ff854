package com.yiti.purchasing;

public record SupplierData(
        String name, String contactName, String phone, String email, Integer leadTimeDays, boolean active) {}
