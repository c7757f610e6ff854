package com.yiti.production.web;

import com.yiti.production.MaterialView;
import com.yiti.production.OperationView;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderStatus;
import com.yiti.production.ProductionOrderView;
import com.yiti.production.ScrapReason;
import com.yiti.production.WorkOrders;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders as JSON: a production order with its components and operations, released, issued to, reported from
 * the shop floor, received in part, completed and moved (PRODUCTION and ADMIN; MANAGER reads).
 */
@RestController
@Tag(name = "Work orders", description = "Release, issue, report operations, receive, complete, reschedule")
class WorkOrderApiController {

    record WorkOrder(ProductionOrderView order, List<MaterialView> materials, List<OperationView> operations) {}

    record Versioned(@NotNull Long version) {}

    record Issue(@NotNull Long version, @NotNull Long componentId, BigDecimal quantity) {}

    record Report(
            @NotNull Long version,
            BigDecimal hours,
            BigDecimal goodQuantity,
            BigDecimal scrappedQuantity,
            ScrapReason scrapReason,
            boolean done) {}

    record Quantity(@NotNull Long version, BigDecimal quantity) {}

    record Due(@NotNull Long version, LocalDate dueDate) {}

    private final ProductionManagement production;
    private final WorkOrders workOrders;
    private final com.yiti.production.ShopFloor shopFloor;

    WorkOrderApiController(
            ProductionManagement production, WorkOrders workOrders, com.yiti.production.ShopFloor shopFloor) {
        this.production = production;
        this.workOrders = workOrders;
        this.shopFloor = shopFloor;
    }

    @GetMapping("/api/v1/work-orders")
    PageResponse<ProductionOrderView> list(
            @RequestParam(required = false) ProductionOrderStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                production.orders(status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/api/v1/work-orders/{id}")
    @Operation(summary = "A work order with its components (required, issued, reserved) and operations")
    WorkOrder get(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/release")
    @Operation(summary = "Release: reserve the bill's components (422 workOrder.shortage names what is missing)")
    WorkOrder release(@PathVariable long id, @Validated @RequestBody Versioned body) {
        production.start(id, body.version());
        return view(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/issue")
    @Operation(summary = "Issue a component (领料) out of what is reserved for the order")
    WorkOrder issue(@PathVariable long id, @Validated @RequestBody Issue body) {
        workOrders.issue(id, body.version(), body.componentId(), body.quantity());
        return view(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/operations/{operationId}/start")
    OperationView startOperation(
            @PathVariable long id, @PathVariable long operationId, @Validated @RequestBody Versioned body) {
        requireOperationOf(id, operationId);
        return shopFloor.startOperation(operationId, body.version());
    }

    @PostMapping("/api/v1/work-orders/{id}/operations/{operationId}/report")
    @Operation(summary = "Report hours, good and scrapped units (scrap needs a reason); done closes the operation")
    OperationView report(@PathVariable long id, @PathVariable long operationId, @Validated @RequestBody Report body) {
        requireOperationOf(id, operationId);
        return shopFloor.reportOperation(
                operationId,
                body.version(),
                body.hours(),
                body.goodQuantity(),
                body.scrappedQuantity(),
                body.scrapReason(),
                body.done());
    }

    @PostMapping("/api/v1/work-orders/{id}/receive")
    @Operation(summary = "Receive part of the output while the order goes on (at standard; completion trues up)")
    WorkOrder receive(@PathVariable long id, @Validated @RequestBody Quantity body) {
        production.receivePart(id, body.version(), body.quantity());
        return view(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/complete")
    @Operation(summary = "Complete with the last quantity made: backflush, cost at actual, receive")
    WorkOrder complete(@PathVariable long id, @Validated @RequestBody Quantity body) {
        production.complete(id, body.version(), body.quantity());
        return view(id);
    }

    @PostMapping("/api/v1/work-orders/{id}/reschedule")
    @Operation(summary = "Move the due date; the sales orders waiting for it get it on their timelines")
    WorkOrder reschedule(@PathVariable long id, @Validated @RequestBody Due body) {
        production.reschedule(id, body.version(), body.dueDate());
        return view(id);
    }

    private void requireOperationOf(long orderId, long operationId) {
        if (shopFloor.orderOfOperation(operationId) != orderId) {
            throw new com.yiti.shared.RecordNotFoundException("OrderOperation", operationId);
        }
    }

    private WorkOrder view(long id) {
        return new WorkOrder(production.order(id), workOrders.materials(id), shopFloor.operations(id));
    }
}
