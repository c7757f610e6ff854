package com.yiti.customer;

public record ContactData(
        String name, String title, String mobile, String phone, String email, String wechatId, boolean primary) {}
