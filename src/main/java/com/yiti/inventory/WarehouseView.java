package com.yiti.inventory;

public record WarehouseView(long id, String code, String name) {}
