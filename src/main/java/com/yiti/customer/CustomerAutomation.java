package com.yiti.customer;

import com.yiti.automation.AutomationFieldSet;
import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.Customers;
import com.yiti.shared.RecordNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fields automation rules may set on a customer (decision 053): a tag, added to the customer's tags (kept once) and so
 * to its search index. Runs inside the rule's run; a customer that is gone fails the run, which is retried and shown.
 */
@Component
class CustomerAutomation {

    private final Customers customers;

    CustomerAutomation(Customers customers) {
        this.customers = customers;
    }

    @EventListener
    void on(AutomationFieldSet set) {
        if (!"customer".equals(set.recordType())) {
            return;
        }
        if (!"tag".equals(set.field())) {
            throw new IllegalArgumentException("a rule may not set the customer's " + set.field());
        }
        Customer c = customers
                .lock(set.recordId())
                .orElseThrow(() -> new RecordNotFoundException("Customer", set.recordId()));
        String tags = c.getTags() == null ? set.value() : c.getTags() + ", " + set.value();
        c.setTags(CustomerRules.normalizeTags(tags));
    }
}
