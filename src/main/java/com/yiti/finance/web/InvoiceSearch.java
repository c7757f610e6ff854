package com.yiti.finance.web;

import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.SearchProvider;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Invoices by number (or order number): finance's roles open the invoice; a sales rep finds the invoices of his
 * orders and opens the order they bill (finance pages are not his).
 */
@Component
class InvoiceSearch implements SearchProvider {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN);
    private static final Set<Role> SALES = Set.of(Role.SALES_REP, Role.SALES_MANAGER);

    private final ReceivablesManagement receivables;

    InvoiceSearch(ReceivablesManagement receivables) {
        this.receivables = receivables;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        if (!com.yiti.shared.Text.looksLikeDocumentNumber(query)) {
            // documents are found by their number (an index range); a name is the customers' search's to answer
            // (looking for it in every document would read the whole table: 0.5 s at a million orders)
            return List.of();
        }
        boolean finance = user.hasAnyRole(FINANCE);
        if (!finance && !user.hasAnyRole(SALES)) {
            return List.of();
        }
        return receivables
                .invoices(
                        new InvoiceFilter(query, null, null, false, null),
                        PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id"))))
                .stream()
                .map(i -> new Hit(
                        "search.kind.invoice",
                        i.number(),
                        i.customerName() + " · " + i.orderNumber(),
                        finance || i.orderId() == null ? "/finance/invoices/" + i.id() : "/orders/" + i.orderId()))
                .toList();
    }
}
