package com.yiti.production.web;

import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderStatus;
import com.yiti.production.ProductionOrderView;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Production orders as JSON: create from plan lines, start, complete. */
@RestController
@RequestMapping("/api/v1/production-orders")
@Tag(name = "Production", description = "Production orders made for plan lines")
class ProductionApiController {

    record NewProductionOrder(@NotEmpty List<Long> planLineIds, LocalDate dueDate) {}

    record Versioned(@NotNull Long version) {}

    record Completion(
            @NotNull Long version, @NotNull @Limits.Quantity BigDecimal producedQuantity) {}

    record Issue(
            @NotNull Long version,
            @NotNull Long componentId,
            @NotNull @Limits.Quantity BigDecimal quantity) {}

    private final ProductionManagement production;
    private final com.yiti.production.WorkOrders workOrders;

    ProductionApiController(ProductionManagement production, com.yiti.production.WorkOrders workOrders) {
        this.production = production;
        this.workOrders = workOrders;
    }

    @GetMapping("/{id}/materials")
    @Operation(summary = "The components of an order released against its bill: required, issued, reserved, value")
    List<com.yiti.production.MaterialView> materials(@PathVariable long id) {
        return workOrders.materials(id);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a component to a started order out of what is reserved for it (领料)")
    List<com.yiti.production.MaterialView> issue(@PathVariable long id, @Validated @RequestBody Issue body) {
        workOrders.issue(id, body.version(), body.componentId(), body.quantity());
        return workOrders.materials(id);
    }

    @GetMapping
    PageResponse<ProductionOrderView> list(
            @RequestParam(required = false) ProductionOrderStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                production.orders(status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/{id}")
    ProductionOrderView get(@PathVariable long id) {
        return production.order(id);
    }

    @PostMapping
    ResponseEntity<ProductionOrderView> create(@Validated @RequestBody NewProductionOrder body) {
        ProductionOrderView created = production.createOrder(body.planLineIds(), body.dueDate());
        return ResponseEntity.created(URI.create("/api/v1/production-orders/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/start")
    ProductionOrderView start(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return production.start(id, body.version());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Post the output into stock; waiting order lines reserve it, earliest promised first")
    ProductionOrderView complete(@PathVariable long id, @Validated @RequestBody Completion body) {
        return production.complete(id, body.version(), body.producedQuantity());
    }
}
