package com.yiti.customer;

import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.Customers;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.setup.PaymentTermManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' credit terms, FINANCE's side of the customer: the credit limit (empty: no check; 0: prepayment only)
 * and the payment term the invoices' due dates follow, their history, and the locked read the credit check decides
 * on.
 */
@Service
@Transactional
public class CreditTermsManagement {

    private final Customers customers;
    private final AuditHistory auditHistory;
    private final PaymentTermManagement paymentTerms;
    private final CustomerQueries customerQueries;

    private final CreditLimitApprovals limitApprovals;

    CreditTermsManagement(
            Customers customers,
            AuditHistory auditHistory,
            PaymentTermManagement paymentTerms,
            CustomerQueries customerQueries,
            CreditLimitApprovals limitApprovals) {
        this.limitApprovals = limitApprovals;
        this.customerQueries = customerQueries;
        this.customers = customers;
        this.auditHistory = auditHistory;
        this.paymentTerms = paymentTerms;
    }

    /**
     * The credit terms of a customer with its row locked until the caller's transaction ends: confirmations of one
     * customer's orders take their credit decision one after the other. For the credit check (no scope: it runs
     * inside a confirmation the caller was allowed to make).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CreditTerms creditTermsForDecision(long id) {
        return creditTerms(customers.lock(id).orElseThrow(() -> new RecordNotFoundException("Customer", id)));
    }

    /** Credit terms of one customer, for finance and for processes running without a user (invoicing). */
    @Transactional(readOnly = true)
    public CreditTerms creditTerms(long id) {
        return creditTerms(customers.findById(id).orElseThrow(() -> new RecordNotFoundException("Customer", id)));
    }

    /** How a customer's credit limit and payment terms changed: who, when, old and new value (FINANCE's view). */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry<CreditTerms>> creditHistory(long id) {
        List<AuditEntry<CreditTerms>> all = auditHistory.of(Customer.class, id).stream()
                .map(e -> new AuditEntry<>(e.revision(), e.at(), e.by(), e.type(), creditTerms(e.state())))
                .toList();
        // keep the revisions where the terms changed (the list is newest first)
        List<AuditEntry<CreditTerms>> changes = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CreditTerms now = all.get(i).state();
            CreditTerms before = i + 1 < all.size() ? all.get(i + 1).state() : null;
            if (before == null
                    || !java.util.Objects.equals(now.creditLimit(), before.creditLimit())
                    || now.paymentTermsDays() != before.paymentTermsDays()
                    || !java.util.Objects.equals(now.paymentTermCode(), before.paymentTermCode())) {
                changes.add(all.get(i));
            }
        }
        return changes;
    }

    /** Every customer's credit terms, by name: FINANCE's credit management list. */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<CreditTerms> creditAccounts(String q, Pageable pageable) {
        return customerQueries.everyCustomer(q, pageable).map(CreditTermsManagement::creditTerms);
    }

    static CreditTerms creditTerms(Customer c) {
        return new CreditTerms(
                c.getId(),
                c.getName(),
                c.getOwnerId(),
                c.getStatus(),
                c.getCreditLimit(),
                c.getPaymentTermsDays(),
                c.getPaymentTermCode(),
                c.getCurrency(),
                c.getVersion());
    }

    /** Credit limit and payment terms: FINANCE's decision (empty limit: no check; 0: prepayment only). */
    @PreAuthorize("hasRole('FINANCE')")
    public void changeCreditTerms(long id, BigDecimal creditLimit, int paymentTermsDays) {
        changeCreditTerms(id, null, creditLimit, paymentTermsDays, null);
    }

    /** The same, for a client that read the terms first: a stale version is a 409, never a silent overwrite. */
    @PreAuthorize("hasRole('FINANCE')")
    public void changeCreditTerms(long id, Long expectedVersion, BigDecimal creditLimit, int paymentTermsDays) {
        changeCreditTerms(id, expectedVersion, creditLimit, paymentTermsDays, null);
    }

    /**
     * The same with a payment term: an active term's code sets the due dates (and its last instalment's days);
     * without one, {@code paymentTermsDays} after the invoice (then required). Answers false when the change of the
     * limit went into the {@code CREDIT_LIMIT} approval flow instead (nothing changed yet).
     */
    @PreAuthorize("hasRole('FINANCE')")
    public boolean changeCreditTerms(
            long id, Long expectedVersion, BigDecimal creditLimit, Integer paymentTermsDays, String paymentTermCode) {
        String code = com.yiti.shared.Text.blankToNull(paymentTermCode);
        com.yiti.setup.PaymentTermView term = null;
        if (code != null) {
            term = paymentTerms
                    .activeByCode(code)
                    .orElseThrow(() -> new BusinessRuleException("paymentTermCode", "paymentTerm.unknown"));
        } else if (paymentTermsDays == null) {
            throw new BusinessRuleException("paymentTermsDays", "field.required");
        }
        int days = term != null ? term.days() : paymentTermsDays;
        com.yiti.shared.RequestMemo.forget(CustomerManagement.SUMMARIES_MEMO);
        Customer c = customers.findById(id).orElseThrow(() -> new RecordNotFoundException("Customer", id));
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new com.yiti.shared.ConcurrentChangeException("Customer", id);
        }
        if (creditLimit != null && creditLimit.signum() < 0) {
            throw new BusinessRuleException("creditLimit", "customer.creditLimitNegative");
        }
        if (days < 0 || days > 365) {
            throw new BusinessRuleException("paymentTermsDays", "customer.paymentTermsRange");
        }
        BigDecimal limit = creditLimit == null ? null : creditLimit.setScale(2, java.math.RoundingMode.HALF_UP);
        // a limit change the CREDIT_LIMIT flow asks for waits for its approval (the terms as they were meanwhile)
        if (limitApprovals.submitIfRequired(c, limit, days, term == null ? null : term.code())) {
            return false;
        }
        c.setCreditLimit(limit);
        c.setPaymentTermsDays(days);
        c.setPaymentTermCode(term == null ? null : term.code());
        return true;
    }

    /** The customer's credit-limit approval requests, newest first (FINANCE's credit page). */
    @PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<com.yiti.approval.ApprovalView> creditLimitApprovals(long id) {
        return limitApprovals.history(id);
    }
}
