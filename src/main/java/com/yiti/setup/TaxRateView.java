package com.yiti.setup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A VAT rate: {@code rate} is a fraction (0.13 for 13 %). */
public record TaxRateView(
        long id,
        String code,
        String nameZh,
        String nameEn,
        BigDecimal rate,
        LocalDate validFrom,
        boolean active,
        long version) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The rate as people say it: 13 for 0.13. */
    public BigDecimal percent() {
        return com.yiti.shared.Text.plain(rate.movePointRight(2));
    }
}
