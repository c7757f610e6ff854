package com.yiti.approval;

import com.yiti.approval.internal.Flow;
import com.yiti.approval.internal.FlowStep;
import com.yiti.approval.internal.FlowSteps;
import com.yiti.approval.internal.Flows;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.FactCondition;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flows ADMIN configures without a release (decision 045): one per document type, each save a new version of its
 * steps — a request keeps the version it started with.
 */
@Service
@Transactional
public class ApprovalFlows {

    /** The document types modules submit (each module names its own; these are the ones that do today). */
    public static final List<String> DOCUMENT_TYPES = List.of(
            "QUOTATION",
            "SALES_ORDER",
            "CONTRACT",
            "CREDIT_LIMIT",
            "CREDIT_RELEASE",
            "PURCHASE_ORDER",
            "SUPPLIER_PAYMENT",
            "RETURN_CREDIT");

    public static final int MAX_STEPS = 10;

    private final Flows flows;
    private final FlowSteps steps;

    ApprovalFlows(Flows flows, FlowSteps steps) {
        this.flows = flows;
        this.steps = steps;
    }

    @Transactional(readOnly = true)
    public List<FlowView> list() {
        return flows.findAll().stream()
                .sorted(java.util.Comparator.comparing(Flow::getDocumentType))
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<FlowView> of(String documentType) {
        return flows.findByDocumentType(documentType).map(this::view);
    }

    /** Saves the flow of a document type as its next version (the first save creates it). */
    @PreAuthorize("hasRole('ADMIN')")
    public FlowView save(String documentType, long expectedVersion, FlowData data) {
        if (!DOCUMENT_TYPES.contains(documentType)) {
            throw new BusinessRuleException("documentType", "approval.unknownType", documentType);
        }
        if (data.name() == null || data.name().isBlank() || data.name().length() > 100) {
            throw new BusinessRuleException("name", "approval.nameRequired");
        }
        List<FlowData.Step> list = data.steps() == null ? List.of() : data.steps();
        if (list.isEmpty()) {
            throw new BusinessRuleException("steps", "approval.stepsRequired");
        }
        if (list.size() > MAX_STEPS) {
            throw new BusinessRuleException("steps", "approval.tooManySteps", MAX_STEPS);
        }
        for (int i = 0; i < list.size(); i++) {
            FlowData.Step s = list.get(i);
            if (s.name() == null || s.name().isBlank() || s.name().length() > 100) {
                throw new BusinessRuleException("steps[" + i + "].name", "approval.stepNameRequired");
            }
            if (s.approvers() == null || s.approvers().isEmpty()) {
                throw new BusinessRuleException("steps[" + i + "].approvers", "approval.approversRequired");
            }
            if (s.mode() == null) {
                throw new BusinessRuleException("steps[" + i + "].mode", "approval.modeRequired");
            }
            if (s.minAmount() != null && s.minAmount().signum() < 0) {
                throw new BusinessRuleException("steps[" + i + "].minAmount", "approval.minAmountNegative");
            }
            try {
                FactCondition.parse(s.condition());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException(
                        "steps[" + i + "].condition", "approval.conditionInvalid", e.getMessage());
            }
            if (s.timeLimitHours() != null && s.timeLimitHours() <= 0) {
                throw new BusinessRuleException("steps[" + i + "].timeLimitHours", "approval.timeLimitPositive");
            }
        }
        Flow flow = flows.findByDocumentType(documentType).orElse(null);
        int version;
        if (flow == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentChangeException("ApprovalFlow", documentType);
            }
            flow = new Flow(documentType);
            version = flow.revise(data.name().strip(), data.active());
            flow = flows.saveAndFlush(flow);
        } else if (flow.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ApprovalFlow", documentType);
        } else {
            version = flow.revise(data.name().strip(), data.active());
        }
        for (int i = 0; i < list.size(); i++) {
            steps.save(new FlowStep(flow.getId(), version, (i + 1) * 10, list.get(i)));
        }
        flows.flush();
        return view(flow);
    }

    private FlowView view(Flow f) {
        return new FlowView(
                f.getId(),
                f.getDocumentType(),
                f.getName(),
                f.isActive(),
                f.getCurrentVersion(),
                steps.findByFlowIdAndFlowVersionOrderBySeq(f.getId(), f.getCurrentVersion()).stream()
                        .map(FlowStep::data)
                        .toList(),
                f.getVersion());
    }
}
