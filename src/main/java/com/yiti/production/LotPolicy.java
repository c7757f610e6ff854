package com.yiti.production;

/**
 * How planning sizes a proposal: exactly the shortage, whole fixed lots, or at least a minimum in whole multiples.
 */
public enum LotPolicy {
    LOT_FOR_LOT,
    FIXED,
    MIN_MULTIPLE
}
