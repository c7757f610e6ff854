package com.yiti.aftersales;

/** What the customer gets for returned goods: a credit note, or the same goods again at no charge. */
public enum ReturnSettlement {
    CREDIT,
    REPLACEMENT
}
