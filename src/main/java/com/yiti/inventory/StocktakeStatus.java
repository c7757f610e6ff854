package com.yiti.inventory;

/** A stocktake: COUNTING until ADMIN posts its differences (POSTED) or drops it (CANCELLED). */
public enum StocktakeStatus {
    COUNTING,
    POSTED,
    CANCELLED
}
