package com.yiti.finance;

import com.yiti.finance.internal.SupplierAllocation;
import com.yiti.finance.internal.SupplierInvoice;
import com.yiti.finance.internal.SupplierPayment;
import com.yiti.finance.internal.SupplierPayments;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.AuditHistory.Field;
import com.yiti.platform.ChangeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of a supplier invoice: entered, held, differences accepted (by whom, why), posted, paid, and
 * the payments allocated to it. Whoever may open the invoice may read its history.
 */
@Service
@Transactional(readOnly = true)
public class PayablesHistory {

    private final PayablesViews views;
    private final SupplierPayments payments;
    private final AuditHistory audit;

    PayablesHistory(PayablesViews views, SupplierPayments payments, AuditHistory audit) {
        this.views = views;
        this.payments = payments;
        this.audit = audit;
    }

    public List<ChangeRow> ofSupplierInvoice(long id) {
        views.invoice(id); // who may not open it reads no history either
        List<ChangeRow> rows = new ArrayList<>(AuditHistory.changes(
                AuditHistory.oldestFirst(audit.of(SupplierInvoice.class, id)),
                SupplierInvoice::getId,
                i -> "",
                List.of(
                        Field.coded("common.status", "payables.status.", SupplierInvoice::getStatus),
                        Field.of("document.gross", SupplierInvoice::getGrossAmount),
                        Field.of("payables.grniCleared", SupplierInvoice::getGrniAmount),
                        Field.of("payables.variance", SupplierInvoice::getVarianceAmount),
                        Field.of("payables.releasedBy", SupplierInvoice::getReleasedBy),
                        Field.of("payables.releaseNote", SupplierInvoice::getReleaseNote),
                        Field.of("finance.paid", SupplierInvoice::getPaidAmount))));
        List<AuditEntry<SupplierAllocation>> allocations = audit.ofAllWhere(SupplierAllocation.class, "invoiceId", id);
        Map<Long, String> paymentNumbers = payments
                .findAllById(
                        allocations.stream().map(a -> a.state().getPaymentId()).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(SupplierPayment::getId, SupplierPayment::getNumber));
        rows.addAll(AuditHistory.changes(
                allocations,
                SupplierAllocation::getId,
                a -> paymentNumbers.getOrDefault(a.getPaymentId(), ""),
                List.of(Field.of("finance.amount", SupplierAllocation::getAmount))));
        return AuditHistory.merged(rows);
    }
}
