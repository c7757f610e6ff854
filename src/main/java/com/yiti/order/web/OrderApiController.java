package com.yiti.order.web;

import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.OrderData;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderPlacement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationData;
import com.yiti.order.QuotationFilter;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationStatus;
import com.yiti.order.QuotationView;
import com.yiti.order.ShipmentData;
import com.yiti.order.ShipmentStatus;
import com.yiti.order.ShipmentView;
import com.yiti.order.TimelineEntry;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quotations, orders (+ confirm, cancel, timeline) and shipments as JSON, scoped exactly like the screens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "Quotations, sales orders, their timeline, and shipments")
class OrderApiController {

    record Versioned(@NotNull Long version) {}

    record VersionedLine(
            @NotNull Long version,
            @NotNull Long productId,
            @NotNull @Limits.Quantity BigDecimal quantity,
            @Limits.Price BigDecimal unitPrice,
            @Limits.Percent BigDecimal discountPct) {

        LineData data() {
            return new LineData(productId, quantity, unitPrice, discountPct);
        }
    }

    /** The decision; a rejection says why in the comment. */
    record Decision(@NotNull Boolean approved, String comment) {}

    record Cancellation(@NotBlank String reason) {}

    record NewShipment(
            @NotNull Long orderId,
            @NotNull Map<Long, @Limits.Quantity BigDecimal> quantities,
            String carrier,
            String trackingNumber,
            Map<Long, List<String>> lots) {}

    record Delivery(@NotNull Long version, LocalDate deliveredOn) {}

    private final QuotationManagement quotations;
    private final OrderManagement orders;
    private final FulfilmentManagement fulfilment;

    private final com.yiti.order.OrderApprovals approvals;
    private final OrderPlacement placement;

    OrderApiController(
            QuotationManagement quotations,
            OrderManagement orders,
            FulfilmentManagement fulfilment,
            com.yiti.order.OrderApprovals approvals,
            OrderPlacement placement) {
        this.approvals = approvals;
        this.placement = placement;
        this.quotations = quotations;
        this.orders = orders;
        this.fulfilment = fulfilment;
    }

    // ---- quotations --------------------------------------------------------------------------------------------

    @GetMapping("/quotations")
    PageResponse<QuotationView> quotations(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) QuotationStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                quotations.search(
                        new QuotationFilter(q, status, customerId, ownerId),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/quotations/{id}")
    QuotationView quotation(@PathVariable long id) {
        return quotations.get(id);
    }

    @PostMapping("/quotations")
    ResponseEntity<QuotationView> createQuotation(@Validated @RequestBody QuotationData body) {
        QuotationView created = quotations.create(body);
        return ResponseEntity.created(URI.create("/api/v1/quotations/" + created.id()))
                .body(created);
    }

    @PostMapping("/quotations/{id}/lines")
    QuotationView addQuotationLine(@PathVariable long id, @Validated @RequestBody VersionedLine body) {
        return quotations.addLine(id, body.version(), body.data());
    }

    @PutMapping("/quotations/{id}/lines/{lineId}")
    QuotationView changeQuotationLine(
            @PathVariable long id, @PathVariable long lineId, @Validated @RequestBody VersionedLine body) {
        return quotations.changeLine(id, body.version(), lineId, body.data());
    }

    @PostMapping("/quotations/{id}/request-approval")
    QuotationView requestApproval(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return quotations.requestApproval(id, body.version());
    }

    @PostMapping("/quotations/{id}/approval")
    @Operation(summary = "A sales manager approves or rejects the discount")
    QuotationView decide(@PathVariable long id, @Validated @RequestBody Decision body) {
        return quotations.decide(id, body.approved(), body.comment());
    }

    @PostMapping("/quotations/{id}/send")
    QuotationView send(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return quotations.send(id, body.version());
    }

    @PostMapping("/quotations/{id}/accept")
    @Operation(summary = "The customer accepted: a draft order with the same lines; the opportunity is won")
    OrderView accept(@PathVariable long id) {
        return quotations.accept(id);
    }

    @PostMapping("/quotations/{id}/reject")
    QuotationView reject(@PathVariable long id) {
        return quotations.reject(id);
    }

    // ---- orders ------------------------------------------------------------------------------------------------

    @GetMapping("/orders")
    PageResponse<OrderView> orders(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(
                            description = "Keyset paging, newest first: the orders older than this id (0: from the"
                                    + " newest), without totals; the answer's nextAfter continues. For reading far"
                                    + " into a large list, where page numbers would count every order.")
                    @RequestParam(required = false)
                    Long after) {
        OrderFilter filter = new OrderFilter(q, status, customerId, ownerId);
        if (after != null) {
            return PageResponse.keyset(orders.search(filter, Paging.newestAfter(after, size)), v -> v, OrderView::id);
        }
        return PageResponse.of(
                orders.search(filter, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))), v -> v);
    }

    @GetMapping("/orders/{id}")
    OrderView order(@PathVariable long id) {
        return orders.get(id);
    }

    /** A new order's header, and optionally its lines (the whole order in one request). */
    record NewOrder(
            Long customerId,
            Long warehouseId,
            String customerReference,
            String note,
            Long contractId,

            @jakarta.validation.Valid @jakarta.validation.constraints.Size(max = OrderPlacement.MAX_LINES)
            List<NewLine> lines) {}

    record NewLine(
            @NotNull Long productId,
            @NotNull @Limits.Quantity BigDecimal quantity,
            @Limits.Price BigDecimal unitPrice,
            @Limits.Percent BigDecimal discountPct) {

        LineData data() {
            return new LineData(productId, quantity, unitPrice, discountPct);
        }
    }

    /** With an Idempotency-Key (per user), sending the same request again returns the first answer. */
    @PostMapping("/orders")
    @Operation(
            summary = "Create an order: its header alone, or with its lines, and with confirm=true confirmed too",
            description = "With lines and confirm=true the order is created, filled and confirmed (credit check,"
                    + " reservation, shortages planned) in one transaction: one round trip per order. Anything"
                    + " refused rolls all of it back; a line's error names it (lines[2].quantity). The step-by-step"
                    + " API (add lines, confirm) stays available.")
    ResponseEntity<OrderView> createOrder(
            @Validated @RequestBody NewOrder body, @RequestParam(defaultValue = "false") boolean confirm) {
        OrderData header = new OrderData(
                body.customerId(), body.warehouseId(), body.customerReference(), body.note(), null, body.contractId());
        OrderView created = body.lines() == null && !confirm
                ? orders.create(header)
                : placement.place(
                        header,
                        body.lines() == null
                                ? List.of()
                                : body.lines().stream().map(NewLine::data).toList(),
                        confirm);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + created.id()))
                .body(created);
    }

    @PostMapping("/orders/{id}/lines")
    OrderView addOrderLine(@PathVariable long id, @Validated @RequestBody VersionedLine body) {
        return orders.addLine(id, body.version(), body.data());
    }

    @PutMapping("/orders/{id}/lines/{lineId}")
    OrderView changeOrderLine(
            @PathVariable long id, @PathVariable long lineId, @Validated @RequestBody VersionedLine body) {
        return orders.changeLine(id, body.version(), lineId, body.data());
    }

    @PostMapping("/orders/{id}/request-approval")
    @Operation(summary = "Ask the rep's sales manager to approve a discount above 15% before confirming")
    OrderView requestOrderApproval(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return approvals.requestApproval(id, body.version());
    }

    @PostMapping("/orders/{id}/approval")
    @Operation(summary = "A sales manager approves or rejects the order's discount")
    OrderView decideOrder(@PathVariable long id, @Validated @RequestBody Decision body) {
        return approvals.decide(id, body.approved(), body.comment());
    }

    @PostMapping("/orders/{id}/confirm")
    @Operation(
            summary = "Confirm in one transaction: reserve, plan shortages, promise dates",
            description = "Idempotent: confirming a confirmed order changes nothing; the same Idempotency-Key"
                    + " returns the same answer.")
    OrderView confirm(@PathVariable long id) {
        return orders.confirm(id, null);
    }

    @PostMapping("/orders/{id}/services-done")
    @Operation(
            summary = "Record the services of an order as done",
            description = "For an open order with nothing left to ship but services: a fulfilment document without"
                    + " stock moves, delivered today and invoiced like a shipment. Services of an order with goods"
                    + " are delivered with the shipment that completes the goods.")
    ShipmentView servicesDone(@PathVariable long id) {
        return fulfilment.completeServices(id);
    }

    @PostMapping("/orders/{id}/cancel")
    OrderView cancel(@PathVariable long id, @Validated @RequestBody Cancellation body) {
        return orders.cancel(id, body.reason());
    }

    @GetMapping("/orders/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id, @RequestParam(defaultValue = "0") long after) {
        return orders.timeline(id, after);
    }

    @GetMapping("/orders/{id}/history")
    @Operation(summary = "Audited status changes of the order (who, when)")
    List<com.yiti.platform.AuditEntry<OrderStatus>> history(@PathVariable long id) {
        return orders.history(id);
    }

    @GetMapping("/orders/{id}/shipments")
    List<ShipmentView> orderShipments(@PathVariable long id) {
        return orders.shipments(id);
    }

    // ---- shipments ---------------------------------------------------------------------------------------------

    @GetMapping("/shipments")
    PageResponse<ShipmentView> shipments(
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                fulfilment.shipments(
                        warehouseId, status, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/shipments/{id}")
    ShipmentView shipment(@PathVariable long id) {
        return fulfilment.shipment(id);
    }

    @PostMapping("/shipments")
    @Operation(
            summary = "Ship reserved stock of an order (quantities per order line id; for tracked products optionally"
                    + " the lot or serial numbers picked per order line, else first expiring first)")
    ResponseEntity<ShipmentView> ship(@Validated @RequestBody NewShipment body) {
        ShipmentView created = fulfilment.ship(
                body.orderId(),
                new ShipmentData(
                        body.quantities(),
                        body.carrier(),
                        body.trackingNumber(),
                        body.lots() == null ? Map.of() : body.lots()));
        return ResponseEntity.created(URI.create("/api/v1/shipments/" + created.id()))
                .body(created);
    }

    @PostMapping("/shipments/{id}/delivered")
    ShipmentView delivered(@PathVariable long id, @Validated @RequestBody Delivery body) {
        return fulfilment.markDelivered(id, body.version(), body.deliveredOn());
    }
}
