package com.yiti.production;

/** A bill of materials version: DRAFT (edited) → ACTIVE (the one in force, one per product) → ARCHIVED (replaced). */
public enum BomStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
