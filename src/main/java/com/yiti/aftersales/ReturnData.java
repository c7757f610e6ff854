package com.yiti.aftersales;

import java.math.BigDecimal;
import java.util.Map;

/** A return as asked for on a ticket: quantities per order line (lines left out or at zero are not returned). */
public record ReturnData(
        ReturnReason reason, ReturnSettlement settlement, String note, Map<Long, BigDecimal> quantities) {}
