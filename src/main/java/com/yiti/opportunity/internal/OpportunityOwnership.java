package com.yiti.opportunity.internal;

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
class OpportunityOwnership {

    private final JdbcTemplate jdbc;

    OpportunityOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerReassigned event) {
        jdbc.update(
                "update opp_opportunity set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
        jdbc.update(
                "update opp_activity set owner_id = ?, version = version + 1 where customer_id = ? or opportunity_id in (select id from opp_opportunity where customer_id = ?)",
                event.toOwnerId(),
                event.customerId(),
                event.customerId());
    }
}
