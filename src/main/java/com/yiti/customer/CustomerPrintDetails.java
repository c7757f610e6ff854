package com.yiti.customer;

/**
 * The buyer on a printed document: legal name, unified social credit code and address (either may be null), and the
 * language its documents are printed in (zh, en, or null for Chinese).
 */
public record CustomerPrintDetails(long id, String name, String creditCode, String address, String language) {

    /** The language to print in: the one asked for ({@code zh}/{@code en}), else the customer's, else Chinese. */
    public String printLanguage(String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked;
        }
        return language == null ? "zh" : language;
    }
}
