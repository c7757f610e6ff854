package com.yiti.customer;

/** A customer as other modules see it. */
public record CustomerSummary(
        long id, String name, long ownerId, CustomerStatus status, CustomerTier tier, String currency) {

    /** The one currency orders and invoices are booked in until foreign currency is built. */
    public static final String BOOK_CURRENCY = "CNY";

    public boolean inBookCurrency() {
        return currency == null || BOOK_CURRENCY.equals(currency);
    }
}
