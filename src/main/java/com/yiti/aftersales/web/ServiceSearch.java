package com.yiti.aftersales.web;

import com.yiti.aftersales.ReturnFilter;
import com.yiti.aftersales.ReturnManagement;
import com.yiti.aftersales.TicketFilter;
import com.yiti.aftersales.TicketManagement;
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
 * Tickets by number within the reader's ticket scope; returns by number for the back office. Like the other
 * documents in the top bar's search, only text that looks like a number is looked for (a range of the number's
 * index); a ticket's subject is searched on the ticket list.
 */
@Component
class ServiceSearch implements SearchProvider {

    private static final Set<Role> RETURN_READERS =
            Set.of(Role.SERVICE, Role.WAREHOUSE, Role.FINANCE, Role.MANAGER, Role.ADMIN);

    private final TicketManagement tickets;
    private final ReturnManagement returns;

    ServiceSearch(TicketManagement tickets, ReturnManagement returns) {
        this.tickets = tickets;
        this.returns = returns;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        List<Hit> hits = new ArrayList<>();
        if (!com.yiti.shared.Text.looksLikeDocumentNumber(query)) {
            return hits;
        }
        PageRequest newest = PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id")));
        tickets.search(new TicketFilter(query, null, null, null, null, null), newest)
                .forEach(t -> hits.add(new Hit(
                        "search.kind.ticket",
                        t.number(),
                        t.customerName() + " · " + t.subject(),
                        "/tickets/" + t.id())));
        if (user.hasAnyRole(RETURN_READERS)) {
            returns.search(new ReturnFilter(null, query), newest)
                    .forEach(r -> hits.add(
                            new Hit("search.kind.return", r.number(), r.customerName(), "/returns/" + r.id())));
        }
        return hits;
    }
}
