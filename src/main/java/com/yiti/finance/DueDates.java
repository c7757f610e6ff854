package com.yiti.finance;

import com.yiti.customer.CreditTerms;
import com.yiti.setup.PaymentTermManagement;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * When an invoice falls due: by the customer's payment term when it has one (days after month end for 月结; the
 * last instalment's date for a plan), else the customer's days after the invoice date. A term deactivated since it
 * was given to the customer still applies.
 */
@Component
class DueDates {

    private final PaymentTermManagement terms;

    DueDates(PaymentTermManagement terms) {
        this.terms = terms;
    }

    LocalDate dueDate(CreditTerms customer, LocalDate invoiceDate) {
        if (customer.paymentTermCode() != null) {
            var term = terms.byCode(customer.paymentTermCode());
            if (term.isPresent()) {
                return term.get().dueDate(invoiceDate);
            }
        }
        return invoiceDate.plusDays(customer.paymentTermsDays());
    }
}
