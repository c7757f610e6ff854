package com.yiti.finance;

/** Invoice list filters; {@code overdueOnly} keeps open invoices past their due date. */
public record InvoiceFilter(String q, InvoiceStatus status, Long customerId, boolean overdueOnly, Long orderId) {}
