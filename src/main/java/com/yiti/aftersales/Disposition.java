package com.yiti.aftersales;

/** The warehouse's decision for a returned line: back into available stock, or into quarantine. */
public enum Disposition {
    RESTOCK,
    QUARANTINE
}
