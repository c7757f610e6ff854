package com.yiti.order.web;

import com.yiti.order.FulfilmentManagement;
import com.yiti.order.PickOrder;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The warehouse's view of what to ship, as JSON: the order lines (ids and quantities, no prices) a shipment names in
 * {@code POST /api/v1/shipments}.
 */
@RestController
@RequestMapping("/api/v1/pick-list")
@Tag(name = "Fulfilment", description = "Orders with reserved stock to pick and ship")
class FulfilmentApiController {

    private final FulfilmentManagement fulfilment;

    FulfilmentApiController(FulfilmentManagement fulfilment) {
        this.fulfilment = fulfilment;
    }

    @GetMapping
    @Operation(summary = "Open orders with reserved stock, oldest first; number narrows to order numbers containing it")
    PageResponse<PickOrder> pickList(
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                fulfilment.pickList(warehouseId, number, Paging.of(page, size, null, Set.of(), Sort.unsorted())),
                v -> v);
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One open order as the warehouse ships it: line ids, ordered, shipped, reserved, backorder")
    PickOrder pickOrder(@PathVariable long orderId) {
        return fulfilment.pickOrder(orderId);
    }
}
