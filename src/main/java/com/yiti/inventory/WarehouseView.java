package com.yiti.inventory;

/**
 * A stock location; a quarantine location holds returned goods that no order may use. An inactive one is offered
 * nowhere (its history stays).
 */
public record WarehouseView(
        long id, String code, String name, boolean quarantine, String address, boolean active, long version) {}
