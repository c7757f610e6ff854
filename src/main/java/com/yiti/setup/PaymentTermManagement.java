package com.yiti.setup;

import com.yiti.setup.internal.PaymentTerm;
import com.yiti.setup.internal.PaymentTerms;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment terms: everyone reads them, ADMIN keeps them; deactivated, never deleted. A term's due dates and
 * instalment amounts are computed by {@link PaymentTermView#schedule}.
 */
@Service
@Transactional
public class PaymentTermManagement {

    private final PaymentTerms terms;

    PaymentTermManagement(PaymentTerms terms) {
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public List<PaymentTermView> all() {
        return terms.findAllByOrderByCode().stream()
                .map(PaymentTermManagement::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PaymentTermView> active() {
        return all().stream().filter(PaymentTermView::active).toList();
    }

    @Transactional(readOnly = true)
    public PaymentTermView get(long id) {
        return view(find(id));
    }

    /** An active term by its code (what customers name). */
    @Transactional(readOnly = true)
    public java.util.Optional<PaymentTermView> activeByCode(String code) {
        return terms.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(PaymentTerm::isActive)
                .map(PaymentTermManagement::view);
    }

    /** A term by its code, active or not (an invoice follows the term its customer had). */
    @Transactional(readOnly = true)
    public java.util.Optional<PaymentTermView> byCode(String code) {
        return terms.findByCode(code).map(PaymentTermManagement::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PaymentTermView create(PaymentTermData data) {
        String code = Text.referenceCode(data.code());
        if (terms.findByCode(code).isPresent()) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        PaymentTerm term = new PaymentTerm(code);
        apply(term, data);
        return view(terms.saveAndFlush(term));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PaymentTermView update(long id, long expectedVersion, PaymentTermData data) {
        PaymentTerm term = find(id);
        if (term.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("PaymentTerm", id);
        }
        apply(term, data);
        terms.flush();
        return view(term);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PaymentTermView setActive(long id, boolean active) {
        PaymentTerm term = find(id);
        term.setActive(active);
        terms.flush();
        return view(term);
    }

    private void apply(PaymentTerm term, PaymentTermData data) {
        String zh = Text.requiredName(data.nameZh(), "nameZh", 100);
        String en = Text.requiredName(data.nameEn(), "nameEn", 100);
        Integer days = data.days();
        if (days == null || days < 0 || days > 365) {
            throw new BusinessRuleException("days", "customer.paymentTermsRange");
        }
        List<PaymentTermView.Instalment> plan = PaymentTermView.parsePlan(data.instalmentPlan(), days);
        // the term's days are the last instalment's: lists and the customer's credit terms show one number
        int lastDays = plan.get(plan.size() - 1).days();
        term.change(zh, en, lastDays, data.endOfMonth(), PaymentTermView.formatPlan(plan));
    }

    private PaymentTerm find(long id) {
        return terms.findById(id).orElseThrow(() -> new RecordNotFoundException("PaymentTerm", id));
    }

    private static PaymentTermView view(PaymentTerm t) {
        return new PaymentTermView(
                t.getId(),
                t.getCode(),
                t.getNameZh(),
                t.getNameEn(),
                t.getDays(),
                t.isEndOfMonth(),
                t.getInstalmentPlan(),
                PaymentTermView.parsePlan(t.getInstalmentPlan(), t.getDays()),
                t.isActive(),
                t.getVersion());
    }
}
