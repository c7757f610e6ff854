package com.yiti.inventory;

/** A bin in a warehouse and how many products call it home. */
public record BinView(
        long id, long warehouseId, String code, String name, boolean active, long products, long version) {}
