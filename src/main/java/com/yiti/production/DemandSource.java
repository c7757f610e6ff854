package com.yiti.production;

/**
 * Why a plan line exists: an order line short of stock, a reorder below the reorder point, or a proposal of material
 * planning firmed for what no order line holds (forecast, safety stock, components, a larger lot).
 */
public enum DemandSource {
    ORDER,
    REORDER,
    PLAN
}
