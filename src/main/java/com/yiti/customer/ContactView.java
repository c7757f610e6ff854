package com.yiti.customer;

public record ContactView(
        long id,
        long customerId,
        String name,
        String title,
        String mobile,
        String phone,
        String email,
        String wechatId,
        boolean primary,
        long version) {}
