package com.yiti.order;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.TransactionRetry;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders held by the credit check and FINANCE's decision on them (split out of {@link OrderManagement}): released,
 * the whole confirmation runs again; rejected, the order is cancelled with the reason.
 */
@Service
@Transactional
public class CreditHolds {

    private final SalesOrders orders;
    private final OrderSupport support;
    private final OrderManagement ordering;
    private final TransactionRetry retry;
    private final ApplicationEventPublisher events;
    private final OrderConfirmation confirmation;
    private final CreditReleaseApprovals releaseApprovals;

    CreditHolds(
            SalesOrders orders,
            OrderSupport support,
            OrderManagement ordering,
            TransactionRetry retry,
            ApplicationEventPublisher events,
            OrderConfirmation confirmation,
            CreditReleaseApprovals releaseApprovals) {
        this.releaseApprovals = releaseApprovals;
        this.confirmation = confirmation;
        this.orders = orders;
        this.support = support;
        this.ordering = ordering;
        this.retry = retry;
        this.events = events;
    }

    /** Orders waiting on a credit decision, oldest first. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<OrderView> creditHolds(Pageable pageable) {
        Page<SalesOrder> page = orders.findByStatus(OrderStatus.CREDIT_HOLD, pageable);
        return new PageImpl<>(ordering.views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /**
     * FINANCE releases a held order: the whole confirmation runs again (availability, reservation, plans,
     * requisitions, promised dates) in one transaction, as if confirmed now, without asking the credit check again.
     * Where the credit-release approval flow applies to the order's value, the release goes to its approvers instead
     * and runs when they approve ({@link CreditReleaseApprovals}); the order stays on hold meanwhile, whatever the
     * client sends.
     */
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrderView releaseCreditHold(long id, String note) {
        return retry.run("release credit hold", () -> {
            SalesOrder order = held(id);
            String why = decisionNote(note);
            if (releaseApprovals.submitIfRequired(order, why)) {
                orders.flush();
                return ordering.views(List.of(order)).get(0);
            }
            support.timeline(order.getId(), TimelineType.CREDIT_RELEASED, why);
            confirmation.run(order, false);
            orders.flush();
            return ordering.views(List.of(order)).get(0);
        });
    }

    /** The order's credit-release approval requests, newest first (its page shows their path). */
    @Transactional(readOnly = true)
    public List<com.yiti.approval.ApprovalView> releaseApprovals(long id) {
        support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
        return releaseApprovals.history(id);
    }

    /** FINANCE rejects a held order: it is cancelled with the note as the reason. */
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    public OrderView rejectCreditHold(long id, String note) {
        SalesOrder order = held(id);
        String why = decisionNote(note);
        releaseApprovals.withdraw(order);
        support.timeline(order.getId(), TimelineType.CREDIT_REJECTED, why);
        order.cancelled(why, support.clock.instant());
        orders.flush();
        events.publishEvent(new OrderCancelled(order.getId(), order.getNumber(), order.getCustomerId(), false));
        return ordering.views(List.of(order)).get(0);
    }

    private SalesOrder held(long id) {
        SalesOrder order = orders.lock(id).orElseThrow(() -> new RecordNotFoundException("Order", id));
        if (order.getStatus() != OrderStatus.CREDIT_HOLD) {
            throw new BusinessRuleException(null, "order.notOnHold");
        }
        return order;
    }

    private static String decisionNote(String note) {
        String n = blankToNull(note);
        if (n == null) {
            throw new BusinessRuleException("note", "order.creditNoteRequired");
        }
        if (n.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        return n;
    }
}
