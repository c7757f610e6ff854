package com.yiti.production;

/** Why a plan line exists: an order line short of stock, or a reorder below the reorder point. */
public enum DemandSource {
    ORDER,
    REORDER
}
