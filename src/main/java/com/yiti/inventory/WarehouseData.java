package com.yiti.inventory;

/** A warehouse as ADMIN enters it; {@code quarantine} is fixed when it is created. */
public record WarehouseData(String code, String name, String address, boolean quarantine) {}
