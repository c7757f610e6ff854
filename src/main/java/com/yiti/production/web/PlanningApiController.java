package com.yiti.production.web;

import com.yiti.production.DemandForecasts;
import com.yiti.production.ForecastView;
import com.yiti.production.LotPolicy;
import com.yiti.production.MaterialsPlanning;
import com.yiti.production.MrpRunView;
import com.yiti.production.PlanningPolicyView;
import com.yiti.production.PlanningProposals;
import com.yiti.production.ProposalStatus;
import com.yiti.production.ProposalView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Material planning and the demand forecast as JSON (PRODUCTION and ADMIN decide; MANAGER and PURCHASING read). */
@RestController
@Tag(name = "Planning", description = "MRP runs, proposals with pegging, lot sizing, demand forecast")
class PlanningApiController {

    record Versioned(@NotNull Long version) {}

    record Change(@NotNull Long version, BigDecimal quantity, LocalDate dueDate) {}

    record Policy(
            @NotNull Long version,
            LotPolicy policy,
            BigDecimal lotQuantity,
            BigDecimal lotMultiple,
            BigDecimal safetyStock) {}

    record Override(@NotNull Long version, BigDecimal quantity) {}

    private final MaterialsPlanning planning;
    private final PlanningProposals proposals;
    private final DemandForecasts forecasts;

    PlanningApiController(MaterialsPlanning planning, PlanningProposals proposals, DemandForecasts forecasts) {
        this.planning = planning;
        this.proposals = proposals;
        this.forecasts = forecasts;
    }

    @PostMapping("/api/v1/mrp/runs")
    @Operation(summary = "Start a planning run in the background (202); 422 mrp.alreadyRunning while one runs")
    ResponseEntity<MrpRunView> start() {
        MrpRunView run = planning.start();
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/mrp/runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/v1/mrp/runs")
    PageResponse<MrpRunView> runs(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(planning.runs(Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/mrp/runs/{id}")
    @Operation(summary = "A run's status: RUNNING, DONE (with counts) or FAILED (with its error)")
    MrpRunView run(@PathVariable long id) {
        return planning.run(id);
    }

    @GetMapping("/api/v1/mrp/runs/{id}/proposals")
    @Operation(summary = "A run's proposals with their pegging (replaced by the next run, firmed ones kept)")
    PageResponse<ProposalView> ofRun(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        planning.run(id);
        return PageResponse.of(
                proposals.ofRun(
                        id,
                        Paging.of(
                                page,
                                size,
                                null,
                                Set.of(),
                                Sort.by(Sort.Order.asc("startDate"), Sort.Order.asc("id")))),
                v -> v);
    }

    @GetMapping("/api/v1/mrp/proposals")
    @Operation(summary = "The last run's proposals (and firmed ones), earliest start first; q matches SKU or name")
    PageResponse<ProposalView> proposals(
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false, defaultValue = "false") boolean late,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                proposals.list(
                        status,
                        kind,
                        q,
                        late,
                        Paging.of(
                                page,
                                size,
                                null,
                                Set.of(),
                                Sort.by(Sort.Order.asc("startDate"), Sort.Order.asc("id")))),
                v -> v);
    }

    @GetMapping("/api/v1/mrp/proposals/{id}")
    @Operation(summary = "A proposal with its pegging (the demands it serves) and the reasons it is late")
    ProposalView proposal(@PathVariable long id) {
        return proposals.get(id);
    }

    @PutMapping("/api/v1/mrp/proposals/{id}")
    @Operation(summary = "Change a proposal's quantity and due date before firming it")
    ProposalView change(@PathVariable long id, @Validated @RequestBody Change body) {
        return proposals.change(id, body.version(), body.quantity(), body.dueDate());
    }

    @PostMapping("/api/v1/mrp/proposals/{id}/firm")
    @Operation(summary = "Firm a proposal: a production order (make) or a requisition (buy)")
    ProposalView firm(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return proposals.firm(id, body.version());
    }

    @PostMapping("/api/v1/mrp/proposals/{id}/drop")
    ProposalView drop(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return proposals.drop(id, body.version());
    }

    @GetMapping("/api/v1/mrp/policies/{productId}")
    @Operation(summary = "A product's lot sizing and safety stock (version -1: none set, planned lot-for-lot)")
    PlanningPolicyView policy(@PathVariable long productId) {
        return proposals.policy(productId);
    }

    @PutMapping("/api/v1/mrp/policies/{productId}")
    PlanningPolicyView setPolicy(@PathVariable long productId, @Validated @RequestBody Policy body) {
        return proposals.setPolicy(
                productId, body.version(), body.policy(), body.lotQuantity(), body.lotMultiple(), body.safetyStock());
    }

    // ---- forecast ------------------------------------------------------------------------------------------------

    @GetMapping("/api/v1/forecasts")
    @Operation(summary = "Products with a forecast ahead, each with its months, method and MAPE")
    PageResponse<ForecastView> forecasts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(forecasts.list(q, Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/forecasts/products/{productId}")
    @Operation(summary = "One product's forecast with the last 24 months ordered")
    ForecastView forecast(@PathVariable long productId) {
        return forecasts.product(productId);
    }

    @PostMapping("/api/v1/forecasts/compute")
    @Operation(summary = "Compute the forecast of every product with order history now (overrides stay)")
    Map<String, Integer> compute() {
        return Map.of("products", forecasts.compute());
    }

    @PutMapping("/api/v1/forecasts/{id}")
    @Operation(summary = "Override a month's forecast; quantity null goes back to the computed figure")
    ForecastView override(@PathVariable long id, @Validated @RequestBody Override body) {
        return forecasts.override(id, body.version(), body.quantity());
    }
}
