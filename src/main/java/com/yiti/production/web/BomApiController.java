package com.yiti.production.web;

import com.yiti.production.BomData;
import com.yiti.production.BomManagement;
import com.yiti.production.BomStatus;
import com.yiti.production.BomView;
import com.yiti.production.CostRollUp;
import com.yiti.production.RoutingData;
import com.yiti.production.RoutingManagement;
import com.yiti.production.RoutingView;
import com.yiti.production.StandardCosts;
import com.yiti.production.WhereUsed;
import com.yiti.production.WorkCentreData;
import com.yiti.production.WorkCentreManagement;
import com.yiti.production.WorkCentreView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bills of materials, work centres and routings as JSON (PRODUCTION and ADMIN change them; MANAGER reads). */
@RestController
@Tag(name = "Product engineering", description = "Bills of materials, work centres, routings and the cost roll-up")
class BomApiController {

    record Versioned(@NotNull Long version) {}

    record Activation(@NotNull Long version, LocalDate validFrom) {}

    record VersionedBom(
            @NotNull Long version, Long productId, LocalDate validFrom, String note, List<BomData.Line> lines) {

        BomData data() {
            return new BomData(productId, validFrom, note, lines);
        }
    }

    record VersionedWorkCentre(@NotNull Long version, WorkCentreData workCentre) {}

    record VersionedRouting(
            @NotNull Long version, BigDecimal lotSize, String note, List<RoutingData.Operation> operations) {}

    record Holiday(@NotNull LocalDate date, String note) {}

    private final BomManagement boms;
    private final StandardCosts costs;
    private final WorkCentreManagement centres;
    private final RoutingManagement routings;

    BomApiController(
            BomManagement boms, StandardCosts costs, WorkCentreManagement centres, RoutingManagement routings) {
        this.boms = boms;
        this.costs = costs;
        this.centres = centres;
        this.routings = routings;
    }

    // ---- bills of materials --------------------------------------------------------------------------------------

    @GetMapping("/api/v1/boms")
    @Operation(summary = "Versions, newest first; q matches the product's SKU or name")
    PageResponse<BomView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BomStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                boms.list(q, status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))), v -> v);
    }

    @GetMapping("/api/v1/boms/where-used")
    @Operation(summary = "The drafts and versions in force that use a component, and how much per unit")
    List<WhereUsed> whereUsed(@RequestParam long componentId) {
        return boms.whereUsed(componentId);
    }

    record Basis(com.yiti.production.OutputBasis basis) {}

    @GetMapping("/api/v1/boms/output-basis")
    @Operation(
            summary =
                    "How a made product's output goes into stock: ACTUAL (default) or STANDARD with the variance posted")
    Basis outputBasis(@RequestParam long productId) {
        return new Basis(costs.outputBasis(productId));
    }

    @PutMapping("/api/v1/boms/output-basis")
    Basis setOutputBasis(@RequestParam long productId, @RequestBody Basis body) {
        return new Basis(costs.setOutputBasis(productId, body.basis()));
    }

    @GetMapping("/api/v1/boms/{id}")
    BomView bom(@PathVariable long id) {
        return boms.get(id);
    }

    @PostMapping("/api/v1/boms")
    @Operation(summary = "A new draft version of a made product's bill (numbered after its last one)")
    ResponseEntity<BomView> createBom(@RequestBody BomData body) {
        BomView created = boms.create(body);
        return ResponseEntity.created(URI.create("/api/v1/boms/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/boms/{id}")
    @Operation(summary = "Change a draft (active and archived versions no longer change: copy them)")
    BomView updateBom(@PathVariable long id, @Validated @RequestBody VersionedBom body) {
        return boms.update(id, body.version(), body.data());
    }

    @PostMapping("/api/v1/boms/{id}/activate")
    @Operation(summary = "Put a draft in force from validFrom (today when none); the version in force is archived")
    BomView activate(@PathVariable long id, @Validated @RequestBody Activation body) {
        return boms.activate(id, body.version(), body.validFrom());
    }

    @PostMapping("/api/v1/boms/{id}/copy")
    ResponseEntity<BomView> copy(@PathVariable long id) {
        BomView created = boms.copy(id);
        return ResponseEntity.created(URI.create("/api/v1/boms/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/api/v1/boms/{id}")
    ResponseEntity<Void> deleteBom(@PathVariable long id, @RequestParam long version) {
        boms.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/boms/cost")
    @Operation(summary = "A made product's standard cost from its bill in force and its routing, level by level")
    CostRollUp cost(@RequestParam long productId) {
        return costs.rollUp(productId);
    }

    @PostMapping("/api/v1/boms/cost")
    @Operation(summary = "Write the rolled-up cost to the product and every made product below it")
    CostRollUp updateCost(@RequestParam long productId) {
        return costs.update(productId);
    }

    // ---- work centres --------------------------------------------------------------------------------------------

    @GetMapping("/api/v1/work-centres")
    PageResponse<WorkCentreView> workCentres(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(centres.list(q, Paging.of(page, size, null, Set.of(), Sort.by("code"))), v -> v);
    }

    @GetMapping("/api/v1/work-centres/{id}")
    WorkCentreView workCentre(@PathVariable long id) {
        return centres.get(id);
    }

    @GetMapping("/api/v1/work-centres/{id}/hours")
    @Operation(summary = "Hours the work centre works from one day to another (working days, shifts, holidays)")
    BigDecimal hours(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new com.yiti.shared.BusinessRuleException("to", "workCentre.period");
        }
        return centres.hoursBetween(id, from, to);
    }

    @PostMapping("/api/v1/work-centres")
    ResponseEntity<WorkCentreView> createWorkCentre(@RequestBody WorkCentreData body) {
        WorkCentreView created = centres.create(body);
        return ResponseEntity.created(URI.create("/api/v1/work-centres/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/work-centres/{id}")
    WorkCentreView updateWorkCentre(@PathVariable long id, @Validated @RequestBody VersionedWorkCentre body) {
        return centres.update(id, body.version(), body.workCentre());
    }

    @PostMapping("/api/v1/work-centres/{id}/holidays")
    WorkCentreView addHoliday(@PathVariable long id, @Validated @RequestBody Holiday body) {
        return centres.addHoliday(id, body.date(), body.note());
    }

    @DeleteMapping("/api/v1/work-centres/{id}/holidays/{holidayId}")
    WorkCentreView removeHoliday(@PathVariable long id, @PathVariable long holidayId) {
        return centres.removeHoliday(id, holidayId);
    }

    // ---- routings ------------------------------------------------------------------------------------------------

    @GetMapping("/api/v1/routings")
    PageResponse<RoutingView> routings(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                routings.list(Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))), v -> v);
    }

    @GetMapping("/api/v1/routings/of-product/{productId}")
    RoutingView routingOf(@PathVariable long productId) {
        return routings.ofProduct(productId)
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("Routing", productId));
    }

    @GetMapping("/api/v1/routings/{id}")
    RoutingView routing(@PathVariable long id) {
        return routings.get(id);
    }

    @PostMapping("/api/v1/routings")
    ResponseEntity<RoutingView> createRouting(@RequestBody RoutingData body) {
        RoutingView created = routings.create(body);
        return ResponseEntity.created(URI.create("/api/v1/routings/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/routings/{id}")
    RoutingView updateRouting(@PathVariable long id, @Validated @RequestBody VersionedRouting body) {
        return routings.update(
                id, body.version(), new RoutingData(null, body.lotSize(), body.note(), body.operations()));
    }

    @DeleteMapping("/api/v1/routings/{id}")
    ResponseEntity<Void> deleteRouting(@PathVariable long id, @RequestParam long version) {
        routings.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
