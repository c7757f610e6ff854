package com.yiti.order.web;

import com.yiti.customer.CustomerPanel;
import com.yiti.order.OrderManagement;
import com.yiti.order.QuotationFilter;
import com.yiti.order.QuotationManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The customer 360 page's orders and quotations: status at a glance, refreshing itself while open. */
@Component
class OrdersPanel implements CustomerPanel {

    static final int PANEL_SIZE = 10;

    private final OrderManagement orders;
    private final QuotationManagement quotations;
    private final UserDirectory directory;

    OrdersPanel(OrderManagement orders, QuotationManagement quotations, UserDirectory directory) {
        this.orders = orders;
        this.quotations = quotations;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String template() {
        return "order/panels";
    }

    @Override
    public String fragment() {
        return "orders";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return !directory.salesScope(user).none();
    }

    @Override
    public Map<String, Object> model(long customerId, CurrentUser user) {
        var latest = orders.ofCustomer(customerId, PANEL_SIZE);
        return Map.of(
                "panelOrders",
                latest,
                "panelLatest",
                orders.latestSteps(latest),
                "panelQuotations",
                quotations
                        .search(
                                new QuotationFilter(null, null, customerId, null),
                                PageRequest.of(0, PANEL_SIZE, Sort.by(Sort.Order.desc("id"))))
                        .getContent(),
                "panelCustomerId",
                customerId);
    }
}
