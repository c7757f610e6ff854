package com.yiti.order;

import com.yiti.approval.ApprovalDecided;
import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalSubmission;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.currency.ExchangeRateManagement;
import com.yiti.inventory.ProductView;
import com.yiti.order.internal.Pricing;
import com.yiti.order.internal.Quotation;
import com.yiti.order.internal.Quotations;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Quotations and sales orders in their approval flows (issue 19, decision 050). The rule is data, not code: after
 * every change of a draft's lines the {@code QUOTATION} / {@code SALES_ORDER} flow in force is asked whether a step
 * applies to the document's facts — its total in CNY ({@code amount}), its largest line discount
 * ({@code discountPct}), a line below its price list's minimum ({@code belowMinimum}), its margin on standard cost
 * ({@code marginPct}), lines — and the draft is marked approval required or not. Asking submits it to the flow; the
 * flow's decision ({@link ApprovalDecided}) approves or rejects the draft. The default flows (the 15% rule of earlier
 * releases) are written at the first start, {@link SalesApprovalDefaults}; ADMIN edits them.
 */
@Component
class SalesApprovals {

    static final String QUOTATION = "QUOTATION";
    static final String SALES_ORDER = "SALES_ORDER";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Approvals approvals;
    private final OrderSupport support;
    private final Quotations quotations;
    private final SalesOrders orders;

    SalesApprovals(Approvals approvals, OrderSupport support, Quotations quotations, SalesOrders orders) {
        this.approvals = approvals;
        this.support = support;
        this.quotations = quotations;
        this.orders = orders;
    }

    /** After a line change: whether the quotation now needs approval under the flow in force. */
    void follow(Quotation q) {
        q.approvalRequired(approvals.required(submission(q)));
    }

    /** After a line change: whether the order now needs approval under the flow in force. */
    void follow(SalesOrder order) {
        order.approvalRequired(approvals.required(submission(order)));
    }

    /** Submits the quotation to its flow; false when no step applies any more (nothing to approve). */
    boolean submit(Quotation q) {
        return approvals.submit(submission(q)).isPresent();
    }

    boolean submit(SalesOrder order) {
        return approvals.submit(submission(order)).isPresent();
    }

    /** The document's pending request, if any. */
    Optional<ApprovalView> pending(String type, long id) {
        return approvals.of(type, id).stream()
                .filter(a -> a.status() == ApprovalStatus.PENDING)
                .findFirst();
    }

    /** Whether the signed-in user is an approver of the document's current step. */
    boolean canDecide(String type, long id) {
        return pending(type, id).map(a -> approvals.canDecide(a.id())).orElse(false);
    }

    /**
     * Decides the document's pending request as the signed-in approver (Approvals checks that he is one); a rejection
     * needs a comment saying why.
     */
    void decide(String type, long id, boolean approve, String comment) {
        ApprovalView request =
                pending(type, id).orElseThrow(() -> new BusinessRuleException(null, "quotation.noPendingApproval"));
        if (approve) {
            approvals.approve(request.id(), request.version(), comment);
        } else {
            approvals.reject(request.id(), request.version(), comment);
        }
    }

    /** The document changed or went away while waiting: its request ends, the approvers' tasks close. */
    void withdraw(String type, long id) {
        approvals.withdraw(type, id);
    }

    List<ApprovalView> history(String type, long id) {
        return approvals.of(type, id);
    }

    /** The flow decided: the waiting draft is approved or rejected (a draft changed meanwhile was withdrawn). */
    @EventListener
    void on(ApprovalDecided decided) {
        String by = decided.decidedBy() == null ? "approval" : decided.decidedBy();
        if (QUOTATION.equals(decided.documentType())) {
            quotations
                    .lock(decided.documentId())
                    .filter(q -> q.getApproval() == Approval.PENDING)
                    .ifPresent(q -> q.decide(decided.approved(), by));
        } else if (SALES_ORDER.equals(decided.documentType())) {
            orders.lock(decided.documentId())
                    .filter(o -> o.getApproval() == Approval.PENDING)
                    .ifPresent(o -> o.decide(decided.approved(), by));
        }
    }

    private ApprovalSubmission submission(Quotation q) {
        return new ApprovalSubmission(
                QUOTATION,
                q.getId(),
                q.getNumber(),
                "/quotations/" + q.getId(),
                ExchangeRateManagement.toBook(q.getGrossTotal(), q.getExchangeRate()),
                facts(
                        q.getCustomerId(),
                        q.getLines().stream()
                                .map(l -> new Line(l.getProductId(), l.getPricing()))
                                .toList(),
                        q.getExchangeRate(),
                        q.getCurrency(),
                        q.getGrossTotal()));
    }

    private ApprovalSubmission submission(SalesOrder order) {
        return new ApprovalSubmission(
                SALES_ORDER,
                order.getId(),
                order.getNumber(),
                "/orders/" + order.getId(),
                ExchangeRateManagement.toBook(order.getGrossTotal(), order.getExchangeRate()),
                facts(
                        order.getCustomerId(),
                        order.getLines().stream()
                                .map(l -> new Line(l.getProductId(), l.getPricing()))
                                .toList(),
                        order.getExchangeRate(),
                        order.getCurrency(),
                        order.getGrossTotal()));
    }

    private record Line(Long productId, Pricing pricing) {}

    /** The facts a condition reads (numbers first: they survive the request's length limit) and what people read. */
    private Map<String, String> facts(
            long customerId, List<Line> lines, BigDecimal rate, String currency, BigDecimal gross) {
        Map<String, String> facts = new LinkedHashMap<>();
        BigDecimal maxDiscount = lines.stream()
                .map(l -> l.pricing().getDiscountPct())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        facts.put("discountPct", maxDiscount.stripTrailingZeros().toPlainString());
        facts.put("belowMinimum", lines.stream().anyMatch(l -> l.pricing().belowFloor()) ? "1" : "0");
        marginPct(lines, rate).ifPresent(m -> facts.put("marginPct", m.toPlainString()));
        facts.put("lines", String.valueOf(lines.size()));
        facts.put(
                "customer",
                support.customers.summary(customerId).map(c -> c.name()).orElse("?"));
        facts.put("value", currency + " " + gross.toPlainString());
        return facts;
    }

    /** Margin % of the net in CNY on standard cost; empty when a line's cost is unknown or there is no net. */
    private Optional<BigDecimal> marginPct(List<Line> lines, BigDecimal rate) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ProductView> products =
                support.products(lines.stream().map(Line::productId).toList());
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Line l : lines) {
            ProductView p = products.get(l.productId());
            if (p == null || p.standardCost() == null) {
                return Optional.empty();
            }
            net = net.add(ExchangeRateManagement.toBook(l.pricing().getNetAmount(), rate));
            cost = cost.add(p.standardCost().multiply(l.pricing().getQuantity()));
        }
        if (net.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(net.subtract(cost).multiply(HUNDRED).divide(net, 2, RoundingMode.HALF_UP));
    }
}
