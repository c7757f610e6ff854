package com.yiti.finance.web;

import com.yiti.customer.CustomerPanel;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer 360 page's collection plans, planned vs collected: loaded by the page after it is shown (htmx), so the
 * page itself reads nothing more for it.
 */
@Component
class CollectionPlansPanel implements CustomerPanel {

    private static final Set<Role> READERS =
            Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MANAGER, Role.ADMIN, Role.FINANCE);

    @Override
    public int order() {
        return 17;
    }

    @Override
    public String template() {
        return "finance/panels";
    }

    @Override
    public String fragment() {
        return "collections";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.hasAnyRole(READERS);
    }

    @Override
    public Map<String, Object> model(long customerId, CurrentUser user) {
        return Map.of();
    }
}
