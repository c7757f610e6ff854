package com.yiti.order.web;

import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.QuotationFilter;
import com.yiti.order.QuotationManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.SearchProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Orders and quotations by number (or customer PO) for sales roles in their scope; open orders to pick by number for
 * the warehouse (without prices or customers' credit).
 */
@Component
class DocumentSearch implements SearchProvider {

    private static final Set<Role> SALES = Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN);
    private static final Set<Role> WAREHOUSE = Set.of(Role.WAREHOUSE);

    private final OrderManagement orders;
    private final QuotationManagement quotations;
    private final FulfilmentManagement fulfilment;

    DocumentSearch(OrderManagement orders, QuotationManagement quotations, FulfilmentManagement fulfilment) {
        this.orders = orders;
        this.quotations = quotations;
        this.fulfilment = fulfilment;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        if (!com.yiti.shared.Text.looksLikeDocumentNumber(query)) {
            // documents are found by their number (an index range); a name is the customers' search's to answer
            // (looking for it in every document would read the whole table: 0.5 s at a million orders)
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        PageRequest newest = PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id")));
        if (user.hasAnyRole(SALES)) {
            orders.search(new OrderFilter(query, null, null, null), newest)
                    .forEach(o ->
                            hits.add(new Hit("search.kind.order", o.number(), o.customerName(), "/orders/" + o.id())));
            quotations
                    .search(new QuotationFilter(query, null, null, null), newest)
                    .forEach(q -> hits.add(
                            new Hit("search.kind.quotation", q.number(), q.customerName(), "/quotations/" + q.id())));
        } else if (user.hasAnyRole(WAREHOUSE)) {
            fulfilment
                    .pickList(null, query, PageRequest.of(0, limit))
                    .forEach(o -> hits.add(new Hit(
                            "search.kind.shipment",
                            o.orderNumber(),
                            o.warehouseCode(),
                            "/fulfilment/orders/" + o.orderId() + "/ship")));
        }
        return hits;
    }
}
