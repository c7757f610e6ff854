package com.yiti.contract;

import java.math.BigDecimal;
import java.time.Instant;

/** An order placed under a contract and the value it took (its gross total when it was confirmed). */
public record ContractUseView(long orderId, String orderNumber, BigDecimal amount, Instant at) {}
