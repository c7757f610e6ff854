package com.yiti.setup;

/** What an administrator enters for the company profile. */
public record CompanyData(
        String legalNameZh,
        String legalNameEn,
        String creditCode,
        String address,
        String phone,
        String bankName,
        String bankAccount,
        String currency) {}
