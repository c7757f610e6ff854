package com.yiti.finance;

import java.math.BigDecimal;

/** The three-way match tolerances in percent: the invoiced price against the ordered one, quantity over received. */
public record PayablesTolerances(BigDecimal pricePercent, BigDecimal quantityPercent, long version) {}
