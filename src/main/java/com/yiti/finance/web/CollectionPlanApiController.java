package com.yiti.finance.web;

import com.yiti.finance.CollectionAchievement;
import com.yiti.finance.CollectionPlanData;
import com.yiti.finance.CollectionPlanView;
import com.yiti.finance.CollectionPlanning;
import com.yiti.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collection plans (回款计划) as JSON: a contract's or an order's plan, a customer's, planned vs collected. */
@RestController
@Tag(
        name = "Collection plans",
        description = "Instalments by date or milestone on a contract or an order, and what was collected")
class CollectionPlanApiController {

    private final CollectionPlanning planning;

    CollectionPlanApiController(CollectionPlanning planning) {
        this.planning = planning;
    }

    @GetMapping("/api/v1/collection-plans")
    @Operation(summary = "The plan of a contract or an order, or a customer's plans (one parameter)")
    List<CollectionPlanView> find(
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) Long customerId) {
        if (contractId != null) {
            return planning.forContract(contractId).map(List::of).orElse(List.of());
        }
        if (orderId != null) {
            return planning.forOrder(orderId).map(List::of).orElse(List.of());
        }
        if (customerId != null) {
            return planning.ofCustomer(customerId);
        }
        throw new BusinessRuleException("contractId", "collection.contractOrOrder");
    }

    /** A contract's collection plan under the contract's own path (404 when it has none or is not the reader's). */
    @GetMapping("/api/v1/contracts/{contractId}/collection-plan")
    CollectionPlanView ofContract(@PathVariable long contractId) {
        return planning.forContract(contractId)
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("CollectionPlan", contractId));
    }

    @GetMapping("/api/v1/collection-plans/{id}")
    CollectionPlanView get(@PathVariable long id) {
        return planning.get(id);
    }

    @PostMapping("/api/v1/collection-plans")
    @ResponseStatus(HttpStatus.CREATED)
    CollectionPlanView create(@RequestBody CollectionPlanData data) {
        return planning.create(data);
    }

    @PutMapping("/api/v1/collection-plans/{id}")
    @Operation(summary = "Replace a plan's instalments and note (with the version read)")
    CollectionPlanView update(@PathVariable long id, @RequestParam long version, @RequestBody CollectionPlanData data) {
        return planning.update(id, version, data);
    }

    record Milestones(LocalDate signedOn, LocalDate deliveredOn, LocalDate acceptedOn) {}

    @PostMapping("/api/v1/collection-plans/{id}/milestones")
    CollectionPlanView milestones(@PathVariable long id, @RequestParam long version, @RequestBody Milestones m) {
        return planning.milestones(id, version, m.signedOn(), m.deliveredOn(), m.acceptedOn());
    }

    @DeleteMapping("/api/v1/collection-plans/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        planning.delete(id, version);
    }

    @GetMapping("/api/v1/collection-plans/achievement")
    @Operation(summary = "Planned vs collected (CNY) for the instalments due in a period (FINANCE, MANAGER, ADMIN)")
    CollectionAchievement achievement(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return planning.achievement(from, to);
    }
}
