package com.yiti.finance.web;

import com.yiti.customer.CustomerPanel;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The customer 360 page's invoices, with a warning when something is overdue (amount, days). */
@Component
class InvoicesPanel implements CustomerPanel {

    private static final Set<Role> READERS =
            Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN, Role.FINANCE);

    private final ReceivablesManagement receivables;
    private final com.yiti.finance.ReceivablesPosition position;

    InvoicesPanel(ReceivablesManagement receivables, com.yiti.finance.ReceivablesPosition position) {
        this.receivables = receivables;
        this.position = position;
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public String template() {
        return "finance/panels";
    }

    @Override
    public String fragment() {
        return "invoices";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.hasAnyRole(READERS);
    }

    @Override
    public Map<String, Object> model(long customerId, CurrentUser user) {
        return Map.of(
                "panelInvoices",
                receivables
                        .invoices(
                                new InvoiceFilter(null, null, customerId, false, null),
                                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("id"))))
                        .getContent(),
                "panelExposure",
                position.exposure(customerId));
    }
}
