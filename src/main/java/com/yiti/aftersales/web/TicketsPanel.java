package com.yiti.aftersales.web;

import com.yiti.aftersales.TicketManagement;
import com.yiti.customer.CustomerPanel;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer 360 page's service tickets, so the rep sees what the customer has raised. */
@Component
class TicketsPanel implements CustomerPanel {

    private final TicketManagement tickets;
    private final UserDirectory directory;

    TicketsPanel(TicketManagement tickets, UserDirectory directory) {
        this.tickets = tickets;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 17;
    }

    @Override
    public String template() {
        return "aftersales/panels";
    }

    @Override
    public String fragment() {
        return "tickets";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return !directory.salesScope(user).none();
    }

    @Override
    public Map<String, Object> model(long customerId, CurrentUser user) {
        return Map.of("panelTickets", tickets.ofCustomer(customerId, 10), "panelCustomerId", customerId);
    }
}
