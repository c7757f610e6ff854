package com.yiti.customer;

/** The buyer on a printed document: legal name, unified social credit code and address (either may be null). */
public record CustomerPrintDetails(long id, String name, String creditCode, String address) {}
