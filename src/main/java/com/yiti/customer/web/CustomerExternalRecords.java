package com.yiti.customer.web;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.integration.ExternalRecordKind;
import org.springframework.stereotype.Component;

/**
 * Customers pushed by another system under its own id: created the first time (no duplicate prompt: the external id
 * is the identity), changed after, with the caller's rights as in {@code /api/v1/customers}.
 */
@Component
class CustomerExternalRecords implements ExternalRecordKind<CustomerForm> {

    private final CustomerManagement customers;

    CustomerExternalRecords(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public String kind() {
        return "customers";
    }

    @Override
    public Class<CustomerForm> bodyType() {
        return CustomerForm.class;
    }

    @Override
    public long create(CustomerForm body) {
        return customers.create(body.toData(), true).id();
    }

    @Override
    public void update(long id, CustomerForm body) {
        CustomerView current = customers.get(id);
        customers.update(id, current.version(), body.toData());
    }

    @Override
    public Object view(long id) {
        return customers.get(id);
    }
}
