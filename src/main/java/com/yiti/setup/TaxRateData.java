package com.yiti.setup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tax rate as entered: {@code percent} as people say it (13 for 13 %). */
public record TaxRateData(String code, String nameZh, String nameEn, BigDecimal percent, LocalDate validFrom) {}
