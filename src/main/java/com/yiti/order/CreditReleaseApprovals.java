package com.yiti.order;

import com.yiti.approval.ApprovalDecided;
import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalSubmission;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.currency.ExchangeRateManagement;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A credit release in its approval flow (issue 19): where the {@code CREDIT_RELEASE} flow applies to a held order's
 * value in CNY, FINANCE's release is submitted with the order's facts instead of confirming it; the order stays on
 * hold until the flow approves — then the release runs in the deciding transaction — or rejects (the order stays on
 * hold, the comment on its timeline). An unapproved release never confirms, whatever the client sends.
 */
@Component
class CreditReleaseApprovals {

    static final String DOCUMENT_TYPE = "CREDIT_RELEASE";

    private final SalesOrders orders;
    private final OrderSupport support;
    private final Approvals approvals;
    private final OrderConfirmation confirmation;

    CreditReleaseApprovals(
            SalesOrders orders, OrderSupport support, Approvals approvals, OrderConfirmation confirmation) {
        this.orders = orders;
        this.support = support;
        this.approvals = approvals;
        this.confirmation = confirmation;
    }

    /**
     * Submits the release when the flow asks for it and it is not approved yet; false when the release may go on
     * (no step applies, or its approval was given). A release already waiting is refused.
     */
    boolean submitIfRequired(SalesOrder order, String note) {
        Optional<ApprovalView> latest =
                approvals.of(DOCUMENT_TYPE, order.getId()).stream().findFirst();
        if (latest.isPresent() && latest.get().status() == ApprovalStatus.PENDING) {
            throw new BusinessRuleException(null, "approval.alreadyPending");
        }
        if (latest.isPresent() && latest.get().status() == ApprovalStatus.APPROVED) {
            return false;
        }
        BigDecimal amount = ExchangeRateManagement.toBook(order.getGrossTotal(), order.getExchangeRate());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "customer",
                support.customers
                        .summary(order.getCustomerId())
                        .map(c -> c.name())
                        .orElse("?"));
        facts.put("order", order.getNumber());
        facts.put("value", order.getCurrency() + " " + order.getGrossTotal().toPlainString());
        facts.put("note", note);
        Optional<ApprovalView> request = approvals.submit(new ApprovalSubmission(
                DOCUMENT_TYPE, order.getId(), order.getNumber(), "/orders/" + order.getId(), amount, facts));
        if (request.isEmpty()) {
            return false;
        }
        support.timeline(order.getId(), TimelineType.CREDIT_RELEASE_REQUESTED, note);
        return true;
    }

    /** The order's release requests, newest first (for its page). */
    List<ApprovalView> history(long orderId) {
        return approvals.of(DOCUMENT_TYPE, orderId);
    }

    void withdraw(SalesOrder order) {
        approvals.of(DOCUMENT_TYPE, order.getId()).stream()
                .filter(a -> a.status() == ApprovalStatus.PENDING)
                .findFirst()
                .ifPresent(a -> approvals.withdraw(DOCUMENT_TYPE, order.getId()));
    }

    /** The flow decided: approved, the release runs now; rejected, the order stays on hold with the comment. */
    @EventListener
    void on(ApprovalDecided decided) {
        if (!DOCUMENT_TYPE.equals(decided.documentType())) {
            return;
        }
        SalesOrder order = orders.lock(decided.documentId()).orElse(null);
        if (order == null || order.getStatus() != OrderStatus.CREDIT_HOLD) {
            return;
        }
        if (!decided.approved()) {
            support.timeline(
                    order.getId(),
                    TimelineType.CREDIT_RELEASE_REJECTED,
                    decided.comment() == null ? "" : decided.comment());
            return;
        }
        String note = approvals.of(DOCUMENT_TYPE, order.getId()).stream()
                .filter(a -> a.id() == decided.requestId())
                .findFirst()
                .map(a -> a.facts().getOrDefault("note", ""))
                .orElse("");
        support.timeline(order.getId(), TimelineType.CREDIT_RELEASED, note);
        try {
            // the checks of a confirmation come before anything changes: a refusal leaves the order held, as it was
            confirmation.run(order, false);
        } catch (BusinessRuleException refused) {
            support.timeline(order.getId(), TimelineType.CREDIT_RELEASE_REJECTED, refused.code());
        }
    }
}
