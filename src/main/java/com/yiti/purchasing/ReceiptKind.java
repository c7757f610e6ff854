package com.yiti.purchasing;

/** Goods in from the supplier (RECEIPT), or sent back to them (RETURN, negative quantities). */
public enum ReceiptKind {
    RECEIPT,
    RETURN
}
