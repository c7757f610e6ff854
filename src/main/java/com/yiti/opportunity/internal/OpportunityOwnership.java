package com.yiti.opportunity.internal;

import com.yiti.customer.CustomerReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership follows the customer: when a customer is reassigned, its opportunities (each one audited, the pipeline
 * totals moved from the old owner's rows to the new owner's) and the activities about the customer or those
 * opportunities move to the new owner in the reassigning transaction.
 */
@Component
class OpportunityOwnership {

    private final Opportunities opportunities;
    private final PipelineTotals totals;
    private final JdbcTemplate jdbc;

    OpportunityOwnership(Opportunities opportunities, PipelineTotals totals, JdbcTemplate jdbc) {
        this.opportunities = opportunities;
        this.totals = totals;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CustomerReassigned event) {
        for (Opportunity o : opportunities.findByCustomerIdOrderByExpectedCloseDateAsc(event.customerId())) {
            if (o.getOwnerId() == event.toOwnerId()) {
                continue;
            }
            PipelineTotals.Key before = PipelineTotals.Key.of(o);
            o.setOwnerId(event.toOwnerId());
            totals.change(before, PipelineTotals.Key.of(o));
        }
        opportunities.flush();
        // their version moves too, so an edit begun before cannot write the old owner back
        jdbc.update(
                "update opp_activity set owner_id = ?, version = version + 1 where customer_id = ?"
                        + " or opportunity_id in (select id from opp_opportunity where customer_id = ?)",
                event.toOwnerId(),
                event.customerId(),
                event.customerId());
    }
}
