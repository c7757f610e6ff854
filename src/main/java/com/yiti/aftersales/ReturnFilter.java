package com.yiti.aftersales;

/** Return list filters: status, and a number (return, order) or customer name fragment. */
public record ReturnFilter(ReturnStatus status, String q) {

    public static ReturnFilter none() {
        return new ReturnFilter(null, null);
    }
}
