package com.yiti.contract.internal;

import com.yiti.customer.CustomerReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Ownership follows the customer (decision 018): a reassigned customer's contracts move with it, in its transaction. */
@Component
class ContractOwnership {

    private final JdbcTemplate jdbc;

    ContractOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerReassigned event) {
        jdbc.update(
                "update con_contract set owner_id = ?, version = version + 1 where customer_id = ?",
                event.toOwnerId(),
                event.customerId());
    }
}
