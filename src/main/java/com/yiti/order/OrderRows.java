package com.yiti.order;

import com.yiti.customer.CustomerSummary;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.SalesScope;
import com.yiti.shared.Keyset;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order list's rows for exports: the same filter and scope as {@link OrderManagement#search}, but headers only —
 * a million orders are written without reading their five million lines and products (issue 22, P8).
 */
@Service
@Transactional(readOnly = true)
public class OrderRows {

    private final SalesOrders orders;
    private final OrderSupport support;
    private final com.yiti.shared.ListPages listPages;

    OrderRows(SalesOrders orders, OrderSupport support, com.yiti.shared.ListPages listPages) {
        this.listPages = listPages;
        this.orders = orders;
        this.support = support;
    }

    /** A page of rows; a keyset page ({@link Keyset#after(int, org.springframework.data.domain.Sort, long)}) is not counted. */
    public Page<OrderRow> rows(OrderFilter filter, Pageable pageable) {
        SalesScope scope = support.readScope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<SalesOrder> page =
                listPages.find(orders, SalesOrder.class, OrderSupport.orderSpec(scope, filter), pageable);
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                page.getContent().stream().map(SalesOrder::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> owners = support.directory.displayNames(
                page.getContent().stream().map(SalesOrder::getOwnerId).collect(Collectors.toSet()));
        return page.map(o -> new OrderRow(
                o.getId(),
                o.getNumber(),
                customers.get(o.getCustomerId()).name(),
                owners.get(o.getOwnerId()),
                o.getStatus(),
                o.getPromisedDate(),
                o.getNetTotal(),
                o.getTaxTotal(),
                o.getGrossTotal(),
                o.getConfirmedAt(),
                o.getCurrency()));
    }
}
