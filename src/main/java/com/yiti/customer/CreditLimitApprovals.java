package com.yiti.customer;

import com.yiti.approval.ApprovalDecided;
import com.yiti.approval.ApprovalStatus;
import com.yiti.approval.ApprovalSubmission;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.Customers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A credit-limit change in its approval flow (issue 19): where the {@code CREDIT_LIMIT} flow has a step for the new
 * terms' facts — {@code amount} (the new limit in the customer's currency; no limit at all counts as the largest),
 * {@code increase}, {@code oldLimit}, {@code unlimited} — FINANCE's change is submitted instead of applied, with the
 * proposed terms; the flow's approval applies them in the deciding transaction, a rejection leaves the terms as they
 * were. Without a flow, or below its steps, a change applies at once as before.
 */
@Component
class CreditLimitApprovals {

    static final String DOCUMENT_TYPE = "CREDIT_LIMIT";

    /** No limit at all is the most credit there is: thresholds on the amount catch it. */
    static final BigDecimal UNLIMITED = new BigDecimal("999999999999");

    private final Approvals approvals;
    private final Customers customers;

    CreditLimitApprovals(Approvals approvals, Customers customers) {
        this.approvals = approvals;
        this.customers = customers;
    }

    /** Submits the change when the flow asks for it; false when it may be applied now. */
    boolean submitIfRequired(Customer c, BigDecimal newLimit, int days, String code) {
        if (java.util.Objects.equals(
                c.getCreditLimit() == null ? null : c.getCreditLimit().stripTrailingZeros(),
                newLimit == null ? null : newLimit.stripTrailingZeros())) {
            return false;
        }
        BigDecimal amount = newLimit == null ? UNLIMITED : newLimit;
        BigDecimal old = c.getCreditLimit();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("increase", (old == null ? amount : amount.subtract(old)).toPlainString());
        facts.put("oldLimit", old == null ? "-1" : old.toPlainString());
        facts.put("unlimited", newLimit == null ? "1" : "0");
        facts.put("creditLimit", newLimit == null ? "" : newLimit.toPlainString());
        facts.put("paymentTermsDays", String.valueOf(days));
        facts.put("paymentTermCode", code == null ? "" : code);
        facts.put("customer", c.getName());
        facts.put("currency", c.getCurrency());
        ApprovalSubmission s = new ApprovalSubmission(
                DOCUMENT_TYPE, c.getId(), c.getName(), "/finance/credit?q=" + c.getName(), amount, facts);
        // empty when no step applies: the change goes on
        return approvals.submit(s).isPresent();
    }

    /** The customer's credit-limit requests, newest first. */
    List<ApprovalView> history(long customerId) {
        return approvals.of(DOCUMENT_TYPE, customerId);
    }

    boolean pending(long customerId) {
        return history(customerId).stream().anyMatch(a -> a.status() == ApprovalStatus.PENDING);
    }

    /** Approved: the proposed terms apply now; rejected: nothing changes. */
    @EventListener
    void on(ApprovalDecided decided) {
        if (!DOCUMENT_TYPE.equals(decided.documentType()) || !decided.approved()) {
            return;
        }
        ApprovalView request = approvals.of(DOCUMENT_TYPE, decided.documentId()).stream()
                .filter(a -> a.id() == decided.requestId())
                .findFirst()
                .orElseThrow();
        Map<String, String> f = request.facts();
        customers.lock(decided.documentId()).ifPresent(c -> {
            String limit = f.getOrDefault("creditLimit", "");
            c.setCreditLimit(
                    limit.isEmpty() ? null : new BigDecimal(limit).setScale(2, java.math.RoundingMode.HALF_UP));
            c.setPaymentTermsDays(Integer.parseInt(f.getOrDefault("paymentTermsDays", "30")));
            String code = f.getOrDefault("paymentTermCode", "");
            c.setPaymentTermCode(code.isEmpty() ? null : code);
            com.yiti.shared.RequestMemo.forget(CustomerManagement.SUMMARIES_MEMO);
        });
    }
}
