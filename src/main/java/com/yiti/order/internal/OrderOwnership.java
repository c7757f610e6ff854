package com.yiti.order.internal;

import com.yiti.customer.CustomerReassigned;
import com.yiti.order.OrderChanged;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership follows the customer: when a customer is reassigned, its orders and quotations move to the new owner in
 * the reassigning transaction (their version moves too, so an edit begun before cannot write the old owner back),
 * and each moved order is announced as changed so the read models (the backlog per owner) follow.
 */
@Component
class OrderOwnership {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    OrderOwnership(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerReassigned event) {
        List<Long> moved = jdbc.queryForList(
                "select id from ord_sales_order where customer_id = ? and owner_id <> ? order by id",
                Long.class,
                event.customerId(),
                event.toOwnerId());
        jdbc.update(
                "update ord_sales_order set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
        jdbc.update(
                "update ord_quotation set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
        moved.forEach(id -> events.publishEvent(new OrderChanged(id)));
    }
}
