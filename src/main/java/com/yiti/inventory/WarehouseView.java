package com.yiti.inventory;

/** A stock location; a quarantine location holds returned goods that no order may use. */
public record WarehouseView(long id, String code, String name, boolean quarantine) {}
