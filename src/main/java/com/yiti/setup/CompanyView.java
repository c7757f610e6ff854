package com.yiti.setup;

import java.time.Instant;

/**
 * The company's own profile as documents print it. {@code configured} is false until an administrator has saved it
 * once; {@code hasLogo}/{@code hasSeal} say whether the images exist ({@code /admin/company/logo}, {@code …/seal}).
 */
public record CompanyView(
        boolean configured,
        String legalNameZh,
        String legalNameEn,
        String creditCode,
        String address,
        String phone,
        String bankName,
        String bankAccount,
        String currency,
        boolean hasLogo,
        boolean hasSeal,
        long version,
        Instant updatedAt,
        String updatedBy) {

    /** The name to print for a reader of the language (the Chinese legal name when there is no English one). */
    public String legalName(java.util.Locale locale) {
        return !"zh".equals(locale.getLanguage()) && legalNameEn != null ? legalNameEn : legalNameZh;
    }
}
