package com.yiti.aftersales;

/** Why goods come back; defects count against the product's supplier. */
public enum ReturnReason {
    DEFECT,
    WRONG_ITEM,
    DAMAGED,
    NOT_NEEDED
}
