package com.yiti.inventory;

/** Where goods received from a supplier came from, kept on their lots so a trace reads it without purchasing. */
public record LotOrigin(Long supplierId, String supplierName, String purchaseOrderNumber) {}
