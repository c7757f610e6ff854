package com.yiti.production;

import java.math.BigDecimal;
import java.util.List;

/** A routing as entered: the product, the standard lot size and the operations in order. */
public record RoutingData(Long productId, BigDecimal lotSize, String note, List<Operation> operations) {

    /** An operation: at a work centre, setup minutes per lot and run minutes per unit. */
    public record Operation(Long workCentreId, String description, BigDecimal setupMinutes, BigDecimal runMinutes) {}
}
