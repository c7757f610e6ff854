package com.yiti.customer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Contacts extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

    List<Contact> findByCustomerIdOrderByPrimaryDescNameAsc(Long customerId);

    List<Contact> findByCustomerIdIn(java.util.Collection<Long> customerIds);
}
