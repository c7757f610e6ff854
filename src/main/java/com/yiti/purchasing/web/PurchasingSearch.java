package com.yiti.purchasing.web;

import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.SearchProvider;
import com.yiti.purchasing.PurchasingManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Purchase orders by number (purchasing, the receiving warehouse, managers); suppliers by name (purchasing). */
@Component
class PurchasingSearch implements SearchProvider {

    private static final Set<Role> ORDER_READERS = Set.of(Role.PURCHASING, Role.WAREHOUSE, Role.MANAGER, Role.ADMIN);
    private static final Set<Role> SUPPLIER_READERS = Set.of(Role.PURCHASING, Role.MANAGER, Role.ADMIN);

    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;

    PurchasingSearch(PurchasingManagement purchasing, com.yiti.purchasing.SupplierManagement supplierManagement) {
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        List<Hit> hits = new ArrayList<>();
        if (user.hasAnyRole(ORDER_READERS)) {
            purchasing.purchaseOrdersNumbered(query).stream()
                    .limit(limit)
                    .forEach(o -> hits.add(new Hit(
                            "search.kind.purchaseOrder",
                            o.number(),
                            o.supplierName(),
                            "/purchasing/orders/" + o.id())));
        }
        if (user.hasAnyRole(SUPPLIER_READERS)) {
            supplierManagement
                    .suppliers(query, PageRequest.of(0, limit, Sort.by("name")))
                    .forEach(s -> hits.add(
                            new Hit("search.kind.supplier", s.name(), null, "/suppliers/" + s.id() + "/edit")));
        }
        return hits;
    }
}
