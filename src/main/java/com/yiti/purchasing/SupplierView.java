package com.yiti.purchasing;

public record SupplierView(
        long id,
        String name,
        String contactName,
        String phone,
        String email,
        int leadTimeDays,
        boolean active,
        long version) {}
