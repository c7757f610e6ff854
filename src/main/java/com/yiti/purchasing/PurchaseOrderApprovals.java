package com.yiti.purchasing;

import com.yiti.approval.ApprovalDecided;
import com.yiti.approval.ApprovalSubmission;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.purchasing.internal.PurchaseOrder;
import com.yiti.purchasing.internal.PurchaseOrders;
import com.yiti.purchasing.internal.Suppliers;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A purchase order in its approval flow (decision 045): submitted with its total and supplier, locked while pending,
 * sent only once approved when the flow asks for it (enforced on the server whatever the client sends), editable again
 * when rejected. The approval module knows nothing of purchase orders: it hears the facts and answers with
 * {@link ApprovalDecided}.
 */
@Service
@Transactional
public class PurchaseOrderApprovals {

    public static final String DOCUMENT_TYPE = "PURCHASE_ORDER";

    private final PurchaseOrders purchaseOrders;
    private final Suppliers suppliers;
    private final Approvals approvals;

    PurchaseOrderApprovals(PurchaseOrders purchaseOrders, Suppliers suppliers, Approvals approvals) {
        this.purchaseOrders = purchaseOrders;
        this.suppliers = suppliers;
        this.approvals = approvals;
    }

    /** Submits a draft order: pending if its flow asks for approval, otherwise it needs none and may be sent. */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public String submit(long id, long expectedVersion) {
        PurchaseOrder po = purchaseOrders.lock(id).orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", id));
        if (po.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("PurchaseOrder", id);
        }
        if (po.getStatus() != PurchaseOrderStatus.DRAFT) {
            throw new BusinessRuleException(null, "purchasing.notDraft");
        }
        if ("PENDING".equals(po.getApproval())) {
            throw new BusinessRuleException(null, "approval.alreadyPending");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "supplier",
                suppliers.findById(po.getSupplierId()).map(s -> s.getName()).orElse("?"));
        facts.put("lines", String.valueOf(po.getLines().size()));
        facts.put("expected", String.valueOf(po.getExpectedDate()));
        var request = approvals.submit(new ApprovalSubmission(
                DOCUMENT_TYPE, po.getId(), po.getNumber(), "/purchasing/orders/" + po.getId(), po.total(), facts));
        po.approval(request.isPresent() ? "PENDING" : "NONE");
        purchaseOrders.flush();
        return po.getApproval();
    }

    /** The order's approval requests, newest first (for its page). */
    @Transactional(readOnly = true)
    public List<ApprovalView> history(long id) {
        return approvals.of(DOCUMENT_TYPE, id);
    }

    /** Whether its flow asks the order to be approved before it is sent. */
    @Transactional(readOnly = true)
    public boolean required(long id) {
        PurchaseOrder po =
                purchaseOrders.findById(id).orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", id));
        return approvals.required(DOCUMENT_TYPE, po.total());
    }

    @EventListener
    void on(ApprovalDecided decided) {
        if (!DOCUMENT_TYPE.equals(decided.documentType())) {
            return;
        }
        purchaseOrders
                .lock(decided.documentId())
                .ifPresent(po -> po.approval(decided.approved() ? "APPROVED" : "REJECTED"));
    }

    void requireSendable(PurchaseOrder po) {
        if ("PENDING".equals(po.getApproval())) {
            throw new BusinessRuleException(null, "purchaseOrder.inApproval");
        }
        if (!"APPROVED".equals(po.getApproval()) && approvals.required(DOCUMENT_TYPE, po.total())) {
            throw new BusinessRuleException(null, "purchaseOrder.approvalNeeded");
        }
    }

    void requireEditable(PurchaseOrder po) {
        if ("PENDING".equals(po.getApproval())) {
            throw new BusinessRuleException(null, "purchaseOrder.inApproval");
        }
        if ("APPROVED".equals(po.getApproval())) {
            // a change after approval asks again
            po.approval("NONE");
        }
    }

    void withdraw(PurchaseOrder po) {
        if ("PENDING".equals(po.getApproval())) {
            approvals.withdraw(DOCUMENT_TYPE, po.getId());
            po.approval("NONE");
        }
    }
}
