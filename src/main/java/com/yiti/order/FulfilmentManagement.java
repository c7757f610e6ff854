package com.yiti.order;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.ProductView;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.OrderLines;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.order.internal.Shipment;
import com.yiti.order.internal.ShipmentLine;
import com.yiti.order.internal.Shipments;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.TransactionRetry;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's side of an order: the pick list (lines with reserved stock), shipments that consume the
 * reservation through shipment moves (the rest stays on backorder), and delivery. Quantities only: no prices, no
 * credit data.
 */
@Service
@Transactional
public class FulfilmentManagement {

    private static final List<OrderStatus> OPEN = List.of(OrderStatus.CONFIRMED, OrderStatus.PARTIALLY_SHIPPED);

    private final SalesOrders orders;
    private final OrderLines lines;
    private final Shipments shipments;
    private final OrderSupport support;
    private final DocumentNumbers numbers;
    private final TransactionRetry retry;
    private final ApplicationEventPublisher events;
    private final com.yiti.inventory.LotTracking lotTracking;
    private final com.yiti.inventory.BinManagement bins;
    private final com.yiti.shared.ListPages listPages;

    FulfilmentManagement(
            SalesOrders orders,
            OrderLines lines,
            Shipments shipments,
            OrderSupport support,
            DocumentNumbers numbers,
            TransactionRetry retry,
            ApplicationEventPublisher events,
            com.yiti.inventory.LotTracking lotTracking,
            com.yiti.inventory.BinManagement bins,
            com.yiti.shared.ListPages listPages) {
        this.listPages = listPages;
        this.bins = bins;
        this.lotTracking = lotTracking;
        this.orders = orders;
        this.lines = lines;
        this.shipments = shipments;
        this.support = support;
        this.numbers = numbers;
        this.retry = retry;
        this.events = events;
    }

    /**
     * Open orders with reserved stock to pick, per warehouse (all when null), oldest first; {@code number} narrows
     * to order numbers containing it (a scanned or typed order number).
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public Page<PickOrder> pickList(Long warehouseId, String number, Pageable pageable) {
        String like = number == null || number.isBlank()
                ? null
                : "%" + number.trim().toUpperCase(java.util.Locale.ROOT) + "%";
        List<String> open = OPEN.stream().map(Enum::name).toList();
        // the page and a bounded look-ahead in one query: no count of every open order (CappedPage)
        List<Long> ids =
                lines.ordersToPick(warehouseId, like, open, com.yiti.shared.CappedPage.CAP, pageable.getOffset());
        List<SalesOrder> page =
                orders.findAllById(ids.subList(0, Math.min(pageable.getPageSize(), ids.size()))).stream()
                        .sorted(java.util.Comparator.comparing(SalesOrder::getId))
                        .toList();
        return new com.yiti.shared.CappedPage<>(pickOrders(page), pageable, ids.size());
    }

    /** One open order as the warehouse sees it (to ship from). */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public PickOrder pickOrder(long orderId) {
        SalesOrder order = orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        if (!order.getStatus().open()) {
            throw new RecordNotFoundException("Order", orderId);
        }
        return pickOrders(List.of(order)).get(0);
    }

    /**
     * Ships reserved stock of an open order: a shipment document, SHIPMENT moves that consume the reservation, the
     * rest on backorder, the order's status and timeline, and {@link ShipmentDispatched} for finance — one
     * transaction. Shipping more than is reserved for a line is refused.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ShipmentView ship(long orderId, ShipmentData data) {
        return retry.run("ship order", () -> {
            String carrier = text(data.carrier(), "carrier", 100);
            String tracking = text(data.trackingNumber(), "trackingNumber", 100);
            SalesOrder order = orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
            if (!order.getStatus().open()) {
                throw new BusinessRuleException(null, "shipment.orderNotOpen");
            }
            Shipment shipment = new Shipment(
                    numbers.next("SHP"),
                    order.getId(),
                    order.getWarehouseId(),
                    carrier,
                    tracking,
                    support.actor(),
                    support.clock.instant());
            List<OrderLine> toShip = new ArrayList<>();
            for (OrderLine line : order.getLines()) {
                BigDecimal q = data.quantities().get(line.getId());
                if (q == null || q.signum() == 0) {
                    continue;
                }
                if (q.signum() < 0) {
                    throw new BusinessRuleException("quantity", "stock.quantityPositive");
                }
                if (line.getSupply() == LineSupply.SERVICE) {
                    throw new BusinessRuleException("quantity", "shipment.serviceNotShipped");
                }
                if (q.stripTrailingZeros().scale() > 3) {
                    throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
                }
                if (q.compareTo(line.getReservedQuantity()) > 0) {
                    throw new BusinessRuleException(
                            "quantity", "shipment.moreThanReserved", OrderSupport.plain(line.getReservedQuantity()));
                }
                toShip.add(line);
            }
            if (toShip.isEmpty()) {
                throw new BusinessRuleException("quantity", "shipment.nothingToShip");
            }
            for (OrderLine line : toShip.stream()
                    .sorted(java.util.Comparator.comparing(OrderLine::getProductId))
                    .toList()) {
                BigDecimal q = data.quantities().get(line.getId()).setScale(3, RoundingMode.UNNECESSARY);
                List<String> picked =
                        data.lots() == null ? List.of() : data.lots().getOrDefault(line.getId(), List.of());
                try {
                    support.inventory.ship(
                            line.getProductId(),
                            order.getWarehouseId(),
                            q,
                            line.reservationReference(),
                            shipment.getNumber(),
                            picked);
                } catch (BusinessRuleException e) {
                    if (!"lots".equals(e.field())) {
                        throw e;
                    }
                    throw new BusinessRuleException("lots[" + line.getId() + "]", e.code(), e.args());
                }
                line.shipped(q);
                shipment.add(line.getId(), line.getProductId(), q);
            }
            boolean goodsComplete = order.getLines().stream()
                    .filter(l -> l.getSupply() != LineSupply.SERVICE)
                    .allMatch(l -> l.open().signum() == 0);
            if (goodsComplete) {
                renderServices(order, shipment);
            }
            shipments.saveAndFlush(shipment);
            order.moveTo(goodsComplete ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED);
            support.timeline(
                    order.getId(),
                    goodsComplete ? TimelineType.SHIPPED_FULL : TimelineType.SHIPPED_PARTIAL,
                    shipment.getNumber(),
                    carrier == null ? "" : carrier,
                    tracking == null ? "" : tracking);
            orders.flush();
            dispatched(order, shipment);
            return views(List.of(shipment)).get(0);
        });
    }

    /**
     * Services are delivered with the goods: the shipment that completes an order's goods also carries its service
     * lines (installation, training), so they are invoiced with it and the order cannot close with a service unbilled.
     */
    private static void renderServices(SalesOrder order, Shipment shipment) {
        for (OrderLine line : order.getLines()) {
            BigDecimal open = line.open();
            if (line.getSupply() == LineSupply.SERVICE && open.signum() > 0) {
                line.rendered(open);
                shipment.add(line.getId(), line.getProductId(), open);
            }
        }
    }

    /**
     * An order of services only (nothing to pick) is fulfilled when its rep records the services as done: a
     * fulfilment document without stock moves, delivered today, invoiced like any shipment; the order is delivered.
     * Open to whoever may change the order (its rep, the team's manager, ADMIN).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ShipmentView completeServices(long orderId) {
        return retry.run("complete services", () -> {
            SalesOrder order = support.writable(orders.lock(orderId), SalesOrder::getOwnerId, "Order", orderId);
            if (!order.getStatus().open()) {
                throw new BusinessRuleException(null, "shipment.orderNotOpen");
            }
            boolean goodsOpen = order.getLines().stream()
                    .anyMatch(
                            l -> l.getSupply() != LineSupply.SERVICE && l.open().signum() > 0);
            if (goodsOpen) {
                throw new BusinessRuleException(null, "shipment.servicesWithGoods");
            }
            Shipment shipment = new Shipment(
                    numbers.next("SHP"),
                    order.getId(),
                    order.getWarehouseId(),
                    null,
                    null,
                    support.actor(),
                    support.clock.instant());
            renderServices(order, shipment);
            if (shipment.getLines().isEmpty()) {
                throw new BusinessRuleException(null, "shipment.nothingToShip");
            }
            LocalDate today = support.today();
            shipment.delivered(today);
            shipments.saveAndFlush(shipment);
            order.moveTo(OrderStatus.DELIVERED);
            support.timeline(order.getId(), TimelineType.SERVICES_DONE, shipment.getNumber());
            orders.flush();
            dispatched(order, shipment);
            events.publishEvent(new OrderDelivered(order.getId(), order.getNumber(), order.getCustomerId(), today));
            return views(List.of(shipment)).get(0);
        });
    }

    private void dispatched(SalesOrder order, Shipment shipment) {
        events.publishEvent(new ShipmentDispatched(
                shipment.getId(),
                shipment.getNumber(),
                order.getId(),
                order.getNumber(),
                order.getCustomerId(),
                shipment.getLines().stream()
                        .map(l -> new ShipmentDispatched.Line(l.getOrderLineId(), l.getProductId(), l.getQuantity()))
                        .toList()));
    }

    /** The customer received a shipment; when every shipment of a fully shipped order is delivered, so is the order. */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public ShipmentView markDelivered(long shipmentId, long expectedVersion, LocalDate on) {
        Shipment shipment =
                shipments.findById(shipmentId).orElseThrow(() -> new RecordNotFoundException("Shipment", shipmentId));
        if (shipment.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Shipment", shipmentId);
        }
        if (shipment.getStatus() == ShipmentStatus.DELIVERED) {
            throw new BusinessRuleException(null, "shipment.alreadyDelivered");
        }
        LocalDate date = on == null ? support.today() : on;
        LocalDate dispatched =
                shipment.getDispatchedAt().atZone(OrderSupport.BUSINESS_ZONE).toLocalDate();
        if (date.isBefore(dispatched) || date.isAfter(support.today())) {
            throw new BusinessRuleException("deliveredOn", "shipment.deliveredOnRange");
        }
        SalesOrder order = orders.lock(shipment.getOrderId()).orElseThrow();
        shipment.delivered(date);
        shipments.flush();
        support.timeline(order.getId(), TimelineType.DELIVERED, shipment.getNumber(), date.toString());
        boolean allDelivered = shipments.findByOrderIdOrderByIdAsc(order.getId()).stream()
                .allMatch(s -> s.getStatus() == ShipmentStatus.DELIVERED);
        if (order.getStatus() == OrderStatus.SHIPPED && allDelivered) {
            order.moveTo(OrderStatus.DELIVERED);
            events.publishEvent(new OrderDelivered(order.getId(), order.getNumber(), order.getCustomerId(), date));
        }
        orders.flush();
        return views(List.of(shipment)).get(0);
    }

    /** Shipments dispatched on a day (business time zone). */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public long dispatchedOn(LocalDate day) {
        return shipments.countByDispatchedAtGreaterThanEqualAndDispatchedAtLessThan(
                day.atStartOfDay(OrderSupport.BUSINESS_ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(OrderSupport.BUSINESS_ZONE).toInstant());
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public Page<ShipmentView> shipments(Long warehouseId, ShipmentStatus status, Pageable pageable) {
        org.springframework.data.jpa.domain.Specification<Shipment> spec = (root, query, cb) -> cb.and(
                warehouseId == null ? cb.conjunction() : cb.equal(root.get("warehouseId"), warehouseId),
                status == null ? cb.conjunction() : cb.equal(root.get("status"), status));
        Page<Shipment> page = listPages.find(shipments, Shipment.class, spec, pageable);
        return com.yiti.shared.ListPages.withContent(page, views(page.getContent()));
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public ShipmentView shipment(long id) {
        return views(List.of(shipments.findById(id).orElseThrow(() -> new RecordNotFoundException("Shipment", id))))
                .get(0);
    }

    /** Shipments of an order the caller already may see (the order page checks the sales scope). */
    @Transactional(readOnly = true)
    List<ShipmentView> ofOrder(long orderId) {
        return views(shipments.findByOrderIdOrderByIdAsc(orderId));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String text(String value, String field, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw new BusinessRuleException(field, "field.tooLong", max);
        }
        return v;
    }

    private List<PickOrder> pickOrders(List<SalesOrder> list) {
        Map<Long, ProductView> products = support.products(list.stream()
                .flatMap(o -> o.getLines().stream())
                .map(OrderLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                list.stream().map(SalesOrder::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> codes = support.warehouseCodes();
        // each warehouse's home bins of these products (decision 028): lines are picked in bin order
        Map<Long, Map<Long, String>> binsByWarehouse = new java.util.HashMap<>();
        list.stream()
                .collect(Collectors.groupingBy(
                        SalesOrder::getWarehouseId,
                        Collectors.flatMapping(
                                o -> o.getLines().stream().map(OrderLine::getProductId), Collectors.toSet())))
                .forEach((warehouse, ids) -> binsByWarehouse.put(warehouse, bins.binsOf(warehouse, ids)));
        java.util.Comparator<PickOrder.Line> walk = java.util.Comparator.comparing(
                        PickOrder.Line::bin, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(PickOrder.Line::lineNo);
        return list.stream()
                .map(o -> new PickOrder(
                        o.getId(),
                        o.getNumber(),
                        customers.get(o.getCustomerId()).name(),
                        o.getWarehouseId(),
                        codes.get(o.getWarehouseId()),
                        o.getPromisedDate(),
                        o.getLines().stream()
                                .filter(l -> l.getSupply() != LineSupply.SERVICE)
                                .map(l -> {
                                    ProductView p = products.get(l.getProductId());
                                    return new PickOrder.Line(
                                            l.getId(),
                                            l.getLineNo(),
                                            p.sku(),
                                            p.name(LocaleContextHolder.getLocale()),
                                            p.unit(),
                                            l.getPricing().getQuantity(),
                                            l.getShippedQuantity(),
                                            l.getReservedQuantity(),
                                            l.backorder(),
                                            binsByWarehouse
                                                    .getOrDefault(o.getWarehouseId(), Map.of())
                                                    .get(l.getProductId()));
                                })
                                .sorted(walk)
                                .toList()))
                .toList();
    }

    private List<ShipmentView> views(List<Shipment> list) {
        Map<Long, SalesOrder> byId =
                orders.findAllById(list.stream().map(Shipment::getOrderId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(SalesOrder::getId, o -> o));
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                byId.values().stream().map(SalesOrder::getCustomerId).collect(Collectors.toSet()));
        Map<Long, ProductView> products = support.products(list.stream()
                .flatMap(s -> s.getLines().stream())
                .map(ShipmentLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, String> codes = support.warehouseCodes();
        Map<String, Map<Long, List<String>>> lots =
                lotTracking.shipped(list.stream().map(Shipment::getNumber).toList());
        return list.stream()
                .map(s -> {
                    SalesOrder o = byId.get(s.getOrderId());
                    return new ShipmentView(
                            s.getId(),
                            s.getNumber(),
                            o.getId(),
                            o.getNumber(),
                            customers.get(o.getCustomerId()).name(),
                            s.getWarehouseId(),
                            codes.get(s.getWarehouseId()),
                            s.getCarrier(),
                            s.getTrackingNumber(),
                            s.getStatus(),
                            s.getDispatchedAt(),
                            s.getDispatchedBy(),
                            s.getDeliveredOn(),
                            s.getLines().stream()
                                    .map(l -> {
                                        ProductView p = products.get(l.getProductId());
                                        return new ShipmentView.Line(
                                                l.getOrderLineId(),
                                                l.getProductId(),
                                                p.sku(),
                                                p.name(LocaleContextHolder.getLocale()),
                                                p.unit(),
                                                l.getQuantity(),
                                                lots.getOrDefault(s.getNumber(), Map.of())
                                                        .getOrDefault(l.getProductId(), List.of()));
                                    })
                                    .toList(),
                            s.getVersion());
                })
                .toList();
    }
}
