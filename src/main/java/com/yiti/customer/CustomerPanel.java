package com.yiti.customer;

import com.yiti.platform.CurrentUser;
import java.util.Map;

/**
 * A section of the customer 360 page contributed by another module (opportunities, activities, later orders,
 * invoices, tickets), so the customer module never depends on them. The page renders
 * {@code ~{template :: fragment}} with {@link #model} merged into the page model.
 */
public interface CustomerPanel {

    /** Position on the page; lower comes first. */
    int order();

    String template();

    String fragment();

    /** Whether this user sees the panel at all (e.g. invoices only for roles that may see them). */
    boolean visibleTo(CurrentUser user);

    /** The panel's data for one customer the user may see. */
    Map<String, Object> model(long customerId, CurrentUser user);
}
