package com.yiti.order;

import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval of orders in the {@code SALES_ORDER} flow (decision 050), whatever created the order (screen, API or an
 * accepted quotation): a draft whose facts a step of the flow applies to (by default a line discounted above 15% or
 * below its list's minimum) confirms only once the flow approved it; an order made from an approved quotation carries
 * that approval; any line change voids it.
 */
@Service
@Transactional
public class OrderApprovals {

    private final SalesOrders orders;
    private final OrderSupport support;
    private final OrderManagement management;
    private final SalesApprovals salesApprovals;

    OrderApprovals(
            SalesOrders orders, OrderSupport support, OrderManagement management, SalesApprovals salesApprovals) {
        this.orders = orders;
        this.support = support;
        this.management = management;
        this.salesApprovals = salesApprovals;
    }

    /** Whether the signed-in user may decide this order's pending approval (an approver of its current step). */
    @Transactional(readOnly = true)
    public boolean canApprove(long id) {
        SalesOrder order = support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        return order.getApproval() == Approval.PENDING && salesApprovals.canDecide(SalesApprovals.SALES_ORDER, id);
    }

    /** Submits the draft to the SALES_ORDER flow: its approvers get a task, the rep is told at each step. */
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
        if (salesApprovals.submit(order)) {
            order.requestApproval();
        } else {
            order.approvalRequired(false);
        }
        orders.flush();
        return management.get(id);
    }

    /** An approver of the flow's current step decides; never by the client's say-so. */
    public OrderView decide(long id, boolean approve) {
        return decide(id, approve, null);
    }

    /** Decides with a comment; a rejection needs one. */
    public OrderView decide(long id, boolean approve, String comment) {
        SalesOrder order = support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        if (order.getApproval() != Approval.PENDING) {
            throw new BusinessRuleException(null, "quotation.noPendingApproval");
        }
        salesApprovals.decide(SalesApprovals.SALES_ORDER, id, approve, comment);
        orders.flush();
        return management.get(id);
    }

    /** The order's approval requests, newest first (for its page). */
    @Transactional(readOnly = true)
    public java.util.List<com.yiti.approval.ApprovalView> history(long id) {
        support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        return salesApprovals.history(SalesApprovals.SALES_ORDER, id);
    }
}
