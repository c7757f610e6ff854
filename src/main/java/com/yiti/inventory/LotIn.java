package com.yiti.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Goods coming in under a lot (or one serial number, quantity 1), with the lot's expiry date when it has one. */
public record LotIn(String number, LocalDate expiryDate, BigDecimal quantity) {}
