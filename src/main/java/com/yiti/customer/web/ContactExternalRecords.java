package com.yiti.customer.web;

import com.yiti.customer.ContactView;
import com.yiti.customer.CustomerManagement;
import com.yiti.integration.ExternalRecordKind;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

/**
 * Contacts pushed by another system under its own id: the body is the contacts API's plus {@code customerId}, the
 * customer's id in Yiti (the answer of its own push as a customer); created the first time, changed after, with the
 * caller's rights on that customer. A contact stays with its customer: a push naming another customer is refused.
 */
@Component
class ContactExternalRecords implements ExternalRecordKind<ContactExternalRecords.Body> {

    /** The contact form with the customer it belongs to. */
    public static class Body extends ContactForm {

        @NotNull
        private Long customerId;

        public Long getCustomerId() {
            return customerId;
        }

        public void setCustomerId(Long customerId) {
            this.customerId = customerId;
        }
    }

    private final CustomerManagement customers;

    ContactExternalRecords(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public String kind() {
        return "contacts";
    }

    @Override
    public Class<Body> bodyType() {
        return Body.class;
    }

    @Override
    public long create(Body body) {
        return customers.addContact(body.getCustomerId(), body.toData()).id();
    }

    @Override
    public void update(long id, Body body) {
        ContactView current = customers.contact(id);
        if (current.customerId() != body.getCustomerId()) {
            throw new com.yiti.shared.BusinessRuleException("customerId", "external.contact.otherCustomer");
        }
        customers.updateContact(current.customerId(), id, current.version(), body.toData());
    }

    @Override
    public Object view(long id) {
        return customers.contact(id);
    }
}
