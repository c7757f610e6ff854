package com.yiti.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order as a list or an export shows it: the header with names, without lines. */
public record OrderRow(
        long id,
        String number,
        String customerName,
        String ownerName,
        OrderStatus status,
        LocalDate promisedDate,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        Instant confirmedAt,
        String currency) {}
