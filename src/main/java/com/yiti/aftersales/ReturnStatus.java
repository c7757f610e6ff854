package com.yiti.aftersales;

/** Authorised → received by the warehouse → settled (credited or replaced); cancelled only before receipt. */
public enum ReturnStatus {
    AUTHORIZED,
    RECEIVED,
    SETTLED,
    CANCELLED
}
