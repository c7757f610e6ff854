package com.yiti.order;

import com.yiti.production.ProductionRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When production moves a production order that order lines wait for, their orders' timelines say when it now comes,
 * in the same transaction (the order page's expected dates follow the production order already).
 */
@Component
class PlanChanges {

    private final OrderSupport support;

    PlanChanges(OrderSupport support) {
        this.support = support;
    }

    @EventListener
    void on(ProductionRescheduled moved) {
        for (long orderId : moved.salesOrderIds()) {
            support.timeline(
                    orderId,
                    TimelineType.PLAN_MOVED,
                    moved.sku(),
                    moved.number(),
                    moved.to().toString());
        }
    }
}
