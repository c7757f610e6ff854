package com.yiti.finance;

public record AccountData(String code, String nameZh, String nameEn, AccountType type, boolean active) {}
