package com.yiti.approval.web;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.approval.FlowData;
import com.yiti.approval.FlowView;
import com.yiti.shared.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Approvals as JSON: my pending requests, approve and reject; ADMIN's flows per document type. */
@RestController
@Tag(name = "Approvals", description = "Approval flows (审批流) and decisions")
class ApprovalApiController {

    record Decision(@NotNull Long version, String comment) {}

    record VersionedFlow(@NotNull Long version, FlowData flow) {}

    private final Approvals approvals;
    private final ApprovalFlows flows;
    private final com.yiti.approval.ApprovalDelegations delegations;

    ApprovalApiController(Approvals approvals, ApprovalFlows flows, com.yiti.approval.ApprovalDelegations delegations) {
        this.approvals = approvals;
        this.flows = flows;
        this.delegations = delegations;
    }

    record DelegationRequest(Long delegateId, java.time.LocalDate from, java.time.LocalDate to, String note) {}

    @GetMapping("/api/v1/approvals/delegations")
    @io.swagger.v3.oas.annotations.Operation(
            summary = "My delegations (current and coming) and those made to me that are active today")
    java.util.List<com.yiti.approval.DelegationView> delegations() {
        return delegations.mine();
    }

    @PostMapping("/api/v1/approvals/delegations")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(
            summary = "While I am away (from, to inclusive) my delegate decides for me; an overlapping one is replaced")
    com.yiti.approval.DelegationView delegate(
            @org.springframework.web.bind.annotation.RequestBody DelegationRequest body) {
        return delegations.delegate(
                body.delegateId() == null ? -1 : body.delegateId(), body.from(), body.to(), body.note());
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/approvals/delegations/{id}")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void cancelDelegation(@org.springframework.web.bind.annotation.PathVariable long id) {
        delegations.cancel(id);
    }

    @GetMapping("/api/v1/approvals")
    @Operation(summary = "The requests waiting for the caller's decision, oldest first")
    List<ApprovalView> mine() {
        return approvals.mine();
    }

    @GetMapping("/api/v1/approvals/{id}")
    ApprovalView get(@PathVariable long id) {
        return approvals.get(id);
    }

    @PostMapping("/api/v1/approvals/{id}/approve")
    @Operation(summary = "Approve at the current step (403 for anyone not its approver)")
    ApprovalView approve(@PathVariable long id, @Validated @RequestBody Decision body) {
        return approvals.approve(id, body.version(), body.comment());
    }

    @PostMapping("/api/v1/approvals/{id}/reject")
    @Operation(summary = "Reject at the current step, with a comment saying why")
    ApprovalView reject(@PathVariable long id, @Validated @RequestBody Decision body) {
        return approvals.reject(id, body.version(), body.comment());
    }

    @GetMapping("/api/v1/approval-flows")
    List<FlowView> list() {
        return flows.list();
    }

    @GetMapping("/api/v1/approval-flows/{documentType}")
    FlowView flow(@PathVariable String documentType) {
        return flows.of(documentType).orElseThrow(() -> new RecordNotFoundException("ApprovalFlow", documentType));
    }

    @PutMapping("/api/v1/approval-flows/{documentType}")
    @Operation(summary = "Save a document type's flow as its next version (version -1 creates it)")
    FlowView save(@PathVariable String documentType, @Validated @RequestBody VersionedFlow body) {
        return flows.save(documentType, body.version(), body.flow());
    }
}
