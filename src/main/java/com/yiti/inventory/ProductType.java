package com.yiti.inventory;

/** MADE products are produced when short, BOUGHT products purchased; SERVICE products hold no stock. */
public enum ProductType {
    MADE,
    BOUGHT,
    SERVICE
}
