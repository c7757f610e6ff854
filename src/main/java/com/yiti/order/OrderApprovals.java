package com.yiti.order;

import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.CurrentUser;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discount approval of orders: the same rule as for quotations, whatever created the order (screen, API or an
 * accepted quotation). A draft with a line discounted above {@link Approval#DISCOUNT_THRESHOLD}% confirms only
 * once the rep's sales manager (or ADMIN) approved it; an order made from an approved quotation carries that
 * approval; any line change voids it.
 */
@Service
@Transactional
public class OrderApprovals {

    static final String APPROVAL_RULE = "order.order-approval";

    private final SalesOrders orders;
    private final OrderSupport support;
    private final OrderManagement management;

    OrderApprovals(SalesOrders orders, OrderSupport support, OrderManagement management) {
        this.orders = orders;
        this.support = support;
        this.management = management;
    }

    /** Whether the signed-in user may decide this order's discount approval. */
    @Transactional(readOnly = true)
    public boolean canApprove(long id) {
        SalesOrder order = support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        return support.directory.current().map(u -> mayApprove(u, order)).orElse(false);
    }

    /** Asks the rep's sales manager (the team's manager; for a rep without one, ADMIN) to approve the discount. */
    public OrderView requestApproval(long id, long expectedVersion) {
        SalesOrder order = support.writable(orders.lock(id), SalesOrder::getOwnerId, "Order", id);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Order", id);
        }
        if (order.getStatus() != OrderStatus.DRAFT) {
            throw new BusinessRuleException(null, "order.linesLocked");
        }
        if (order.getApproval() != Approval.REQUIRED && order.getApproval() != Approval.REJECTED) {
            throw new BusinessRuleException(null, "quotation.approvalNotNeeded");
        }
        order.requestApproval();
        orders.flush();
        support.raiseDiscountApproval(
                "task.order.approveOrderDiscount",
                order.getNumber(),
                order.getCustomerId(),
                order.getOwnerId(),
                "/orders/" + order.getId(),
                APPROVAL_RULE,
                approvalRef(order.getId()));
        return management.get(id);
    }

    /** A sales manager over the rep's team (or ADMIN) approves or rejects; never the order's own owner. */
    public OrderView decide(long id, boolean approve) {
        CurrentUser user = support.directory.require();
        SalesOrder order = orders.lock(id).orElseThrow(() -> new RecordNotFoundException("Order", id));
        if (!support.readScope().includes(order.getOwnerId())) {
            throw new RecordNotFoundException("Order", id);
        }
        if (!mayApprove(user, order)) {
            throw new AccessDeniedException("not this order's approver");
        }
        if (order.getApproval() != Approval.PENDING) {
            throw new BusinessRuleException(null, "quotation.noPendingApproval");
        }
        order.decide(approve, user.username());
        orders.flush();
        support.tasks.closeFor(APPROVAL_RULE, approvalRef(id));
        return management.get(id);
    }

    private boolean mayApprove(CurrentUser user, SalesOrder order) {
        return support.mayApproveDiscount(user, order.getOwnerId());
    }

    static String approvalRef(long id) {
        return "order:" + id;
    }
}
