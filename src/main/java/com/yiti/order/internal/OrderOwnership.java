package com.yiti.order.internal;

import com.yiti.customer.CustomerReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership follows the customer: when a customer is reassigned, this module's records of that customer move to
 * the new owner in the reassigning transaction (their version moves too, so an edit begun before cannot write the
 * old owner back).
 */
@Component
class OrderOwnership {

    private final JdbcTemplate jdbc;

    OrderOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerReassigned event) {
        jdbc.update(
                "update ord_sales_order set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
        jdbc.update(
                "update ord_quotation set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
    }
}
