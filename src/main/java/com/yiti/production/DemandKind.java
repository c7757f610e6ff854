package com.yiti.production;

/**
 * What a planning proposal serves (its pegging), in the order a day's demands take supply: stock kept back for
 * safety first, then customers' order lines, components of other planned orders, reorders and the forecast.
 */
public enum DemandKind {
    SAFETY_STOCK,
    ORDER,
    COMPONENT,
    REORDER,
    FORECAST
}
