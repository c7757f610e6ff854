package com.yiti.customer.web;

import com.yiti.customer.CustomerManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.SearchProvider;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Customers by name and contacts by name or mobile, for the roles that open customer pages, in their scope. */
@Component
class CustomerSearch implements SearchProvider {

    private static final Set<Role> READERS = Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN);

    private final CustomerManagement customers;

    CustomerSearch(CustomerManagement customers) {
        this.customers = customers;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        if (!user.hasAnyRole(READERS)) {
            return List.of();
        }
        return customers.quickSearch(query, limit).stream()
                .map(h -> h.contactName() == null
                        ? new Hit("search.kind.customer", h.customerName(), null, "/customers/" + h.customerId())
                        : new Hit(
                                "search.kind.contact",
                                h.contactName(),
                                h.customerName() + (h.mobile() == null ? "" : " · " + h.mobile()),
                                "/customers/" + h.customerId()))
                .toList();
    }
}
