package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.WarehouseView;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.TransactionRetry;
import com.yiti.platform.UserDirectory;
import com.yiti.production.internal.PlanLine;
import com.yiti.production.internal.PlanLines;
import com.yiti.production.internal.ProductionOrder;
import com.yiti.production.internal.ProductionOrders;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan lines and production orders. PRODUCTION (and ADMIN) plan, start and complete; MANAGER reads. No prices here:
 * production works in quantities and dates.
 */
@Service
@Transactional
public class ProductionManagement {

    private final PlanLines planLines;
    private final ProductionOrders orders;
    private final InventoryManagement inventory;
    private final DocumentNumbers numbers;
    private final TransactionRetry retry;
    private final UserDirectory directory;
    private final Clock clock;
    private final WorkOrders workOrders;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProductionManagement(
            PlanLines planLines,
            ProductionOrders orders,
            InventoryManagement inventory,
            DocumentNumbers numbers,
            TransactionRetry retry,
            UserDirectory directory,
            Clock clock,
            WorkOrders workOrders,
            org.springframework.context.ApplicationEventPublisher events) {
        this.workOrders = workOrders;
        this.events = events;
        this.planLines = planLines;
        this.orders = orders;
        this.inventory = inventory;
        this.numbers = numbers;
        this.retry = retry;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- demand (called by the order module inside its confirmation) -----------------------------------------

    /** Records a shortage of a made product; part of the caller's transaction. */
    public PlanLineView plan(NewDemand demand) {
        if (demand.quantity() == null || demand.quantity().signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        PlanLine line = planLines.save(new PlanLine(
                demand.productId(),
                demand.warehouseId(),
                demand.quantity(),
                demand.needBy(),
                demand.orderLineId() == null ? DemandSource.REORDER : DemandSource.ORDER,
                demand.orderId(),
                demand.orderNumber(),
                demand.orderLineId()));
        return views(List.of(line)).get(0);
    }

    /**
     * Records a customer's shortage on a production order already planned with room for it (the promise came from
     * that order): the order line's plan line is planned on it and takes its quantity from the order's reorder or
     * planned lines, so the production order's quantity stays the sum of its lines. Part of the caller's transaction.
     */
    public PlanLineView planOn(NewDemand demand, long productionOrderId) {
        ProductionOrder order = orders.lock(productionOrderId)
                .orElseThrow(() -> new RecordNotFoundException("ProductionOrder", productionOrderId));
        BigDecimal left = demand.quantity();
        for (PlanLine room : planLines.findByProductionOrderIdOrderByNeedByAsc(productionOrderId)) {
            if (left.signum() <= 0) {
                break;
            }
            if (room.getStatus() == PlanLineStatus.PLANNED && room.getOrderLineId() == null) {
                BigDecimal part = left.min(room.getQuantity());
                room.giveUp(part);
                left = left.subtract(part);
            }
        }
        if (left.signum() > 0) {
            // the room was taken meanwhile: plan it like any shortage
            return plan(demand);
        }
        PlanLine line = planLines.save(new PlanLine(
                demand.productId(),
                demand.warehouseId(),
                demand.quantity(),
                demand.needBy(),
                DemandSource.ORDER,
                demand.orderId(),
                demand.orderNumber(),
                demand.orderLineId()));
        line.plannedOn(order.getId());
        return views(List.of(line)).get(0);
    }

    /** A reorder plan line from the suggestion list (PRODUCTION). */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public PlanLineView planReorder(long productId, long warehouseId, BigDecimal quantity, LocalDate needBy) {
        ProductView p = inventory.product(productId);
        if (p.type() != ProductType.MADE) {
            throw new BusinessRuleException("productId", "production.onlyMade");
        }
        return plan(
                new NewDemand(productId, warehouseId, quantity, needBy == null ? today() : needBy, null, null, null));
    }

    /**
     * The demand of these order lines went away (the order was cancelled): open lines and lines on a production
     * order that has not started are cancelled; started work goes on and its output lands in stock.
     */
    public int cancelDemand(Collection<Long> orderLineIds) {
        if (orderLineIds.isEmpty()) {
            return 0;
        }
        int cancelled = 0;
        for (PlanLine line : planLines.findByOrderLineIdIn(orderLineIds)) {
            if (line.getStatus() == PlanLineStatus.OPEN) {
                line.cancel();
                cancelled++;
            } else if (line.getStatus() == PlanLineStatus.PLANNED) {
                ProductionOrder order = orders.lock(line.getProductionOrderId()).orElseThrow();
                if (order.getStatus() == ProductionOrderStatus.PLANNED) {
                    line.cancel();
                    order.reduceBy(line.getQuantity());
                    if (order.getQuantity().signum() <= 0) {
                        order.cancel();
                    }
                    cancelled++;
                }
            }
        }
        return cancelled;
    }

    /** Plan lines of some order lines, for the order page. */
    @Transactional(readOnly = true)
    public List<PlanLineView> forOrderLines(Collection<Long> orderLineIds) {
        return orderLineIds.isEmpty() ? List.of() : views(planLines.findByOrderLineIdIn(orderLineIds));
    }

    /**
     * When production expects to have made each order line's shortage: the due date of the production order it is
     * on, or the plan line's need-by date while it waits for one. Lines already produced or cancelled are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> expectedFor(Collection<Long> orderLineIds) {
        Map<Long, LocalDate> expected = new java.util.HashMap<>();
        if (orderLineIds.isEmpty()) {
            return expected;
        }
        List<PlanLine> lines = planLines.findByOrderLineIdIn(orderLineIds).stream()
                .filter(l -> l.getStatus() == PlanLineStatus.OPEN || l.getStatus() == PlanLineStatus.PLANNED)
                .toList();
        Map<Long, LocalDate> due = orders
                .findAllById(lines.stream()
                        .map(PlanLine::getProductionOrderId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .filter(o -> o.getDueDate() != null)
                .collect(Collectors.toMap(ProductionOrder::getId, ProductionOrder::getDueDate));
        for (PlanLine l : lines) {
            LocalDate date = l.getProductionOrderId() != null && due.containsKey(l.getProductionOrderId())
                    ? due.get(l.getProductionOrderId())
                    : l.getNeedBy();
            expected.merge(l.getOrderLineId(), date, (a, b) -> a.isAfter(b) ? a : b);
        }
        return expected;
    }

    // ---- planning ------------------------------------------------------------------------------------------------

    /** Open plan lines grouped by product and warehouse, most urgent first. */
    @Transactional(readOnly = true)
    public List<PlanGroup> openPlan() {
        List<PlanLineView> open = views(planLines.findByStatusOrderByProductIdAscNeedByAsc(PlanLineStatus.OPEN));
        Map<List<Long>, List<PlanLineView>> grouped = new LinkedHashMap<>();
        open.forEach(l -> grouped.computeIfAbsent(List.of(l.productId(), l.warehouseId()), k -> new ArrayList<>())
                .add(l));
        Map<Long, ProductView> products = inventory.productsById(
                open.stream().map(PlanLineView::productId).collect(Collectors.toSet()));
        Map<Long, String> codes = warehouseCodes();
        return grouped.values().stream()
                .map(lines -> {
                    PlanLineView first = lines.get(0);
                    ProductView p = products.get(first.productId());
                    return new PlanGroup(
                            first.productId(),
                            p.sku(),
                            p.name(LocaleContextHolder.getLocale()),
                            p.unit(),
                            first.warehouseId(),
                            codes.get(first.warehouseId()),
                            lines.stream().map(PlanLineView::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                            lines.stream()
                                    .map(PlanLineView::needBy)
                                    .min(Comparator.naturalOrder())
                                    .orElseThrow(),
                            lines);
                })
                .sorted(Comparator.comparing(PlanGroup::earliestNeedBy).thenComparing(PlanGroup::sku))
                .toList();
    }

    /**
     * A production order for open plan lines of one product and warehouse: the quantity is their sum, the due date
     * their earliest need-by unless given.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProductionOrderView createOrder(Collection<Long> planLineIds, LocalDate dueDate) {
        List<PlanLine> lines = planLines.findAllById(planLineIds);
        if (lines.isEmpty() || lines.size() != Set.copyOf(planLineIds).size()) {
            throw new BusinessRuleException("planLineIds", "production.selectLines");
        }
        if (lines.stream().anyMatch(l -> l.getStatus() != PlanLineStatus.OPEN)) {
            throw new BusinessRuleException("planLineIds", "production.linesNotOpen");
        }
        if (lines.stream()
                        .map(l -> List.of(l.getProductId(), l.getWarehouseId()))
                        .distinct()
                        .count()
                > 1) {
            throw new BusinessRuleException("planLineIds", "production.oneProduct");
        }
        LocalDate due = dueDate != null
                ? dueDate
                : lines.stream()
                        .map(PlanLine::getNeedBy)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        PlanLine first = lines.get(0);
        ProductionOrder order = orders.saveAndFlush(new ProductionOrder(
                numbers.next("MO"),
                first.getProductId(),
                first.getWarehouseId(),
                lines.stream().map(PlanLine::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                due));
        lines.forEach(l -> l.plannedOn(order.getId()));
        return view(order);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProductionOrderView start(long id, long expectedVersion) {
        ProductionOrder order = current(id, expectedVersion);
        if (order.getStatus() != ProductionOrderStatus.PLANNED) {
            throw new BusinessRuleException(null, "production.notPlanned");
        }
        // with a bill in force its components are reserved now, or the release is refused with what is missing
        workOrders.release(order);
        order.start(actor(), clock.instant());
        orders.flush();
        return view(order);
    }

    /**
     * Completes a production order with what was made: production output enters stock and, in the same
     * transaction, waiting order lines reserve it (earliest promised first, through StockArrived).
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ProductionOrderView complete(long id, long expectedVersion, BigDecimal produced) {
        return retry.run("complete production order", () -> {
            ProductionOrder order = current(id, expectedVersion);
            if (order.getStatus() != ProductionOrderStatus.STARTED) {
                throw new BusinessRuleException(null, "production.notStarted");
            }
            if (produced == null || produced.signum() <= 0) {
                throw new BusinessRuleException("producedQuantity", "stock.quantityPositive");
            }
            if (produced.stripTrailingZeros().scale() > 3) {
                throw new BusinessRuleException("producedQuantity", "stock.quantityScale", 3);
            }
            BigDecimal quantity = produced.setScale(3, RoundingMode.UNNECESSARY);
            BigDecimal before = order.getProducedQuantity();
            order.complete(quantity, actor(), clock.instant());
            orders.flush();
            planLines.findByProductionOrderIdOrderByNeedByAsc(order.getId()).stream()
                    .filter(l -> l.getStatus() == PlanLineStatus.PLANNED)
                    .forEach(PlanLine::done);
            // released against a bill: at what it cost (materials backflushed, labour, overhead; decision 041);
            // without one, at standard cost against production cost (decision 025)
            BigDecimal actual = workOrders.finish(order, quantity);
            inventory.receive(
                    order.getProductId(),
                    order.getWarehouseId(),
                    quantity,
                    MoveReason.PRODUCTION_OUTPUT,
                    actual != null
                            ? actual
                            : inventory
                                    .standardCosts(List.of(order.getProductId()))
                                    .get(order.getProductId()),
                    order.getNumber(),
                    outputLots(order.getProductId(), order.getNumber(), before, quantity),
                    null,
                    "produced");
            return view(order);
        });
    }

    /**
     * Receives part of a started order's output while it goes on (a partial completion): its components so far are
     * backflushed and the part goes into stock at standard, waiting order lines reserve it; completion receives the
     * rest at what is left of the actual cost. The part must leave something for completion.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ProductionOrderView receivePart(long id, long expectedVersion, BigDecimal quantity) {
        return retry.run("receive part of a production order", () -> {
            ProductionOrder order = current(id, expectedVersion);
            if (order.getStatus() != ProductionOrderStatus.STARTED) {
                throw new BusinessRuleException(null, "production.notStarted");
            }
            if (quantity == null || quantity.signum() <= 0) {
                throw new BusinessRuleException("partQuantity", "stock.quantityPositive");
            }
            if (quantity.stripTrailingZeros().scale() > 3) {
                throw new BusinessRuleException("partQuantity", "stock.quantityScale", 3);
            }
            BigDecimal part = quantity.setScale(3, RoundingMode.UNNECESSARY);
            BigDecimal left = order.getQuantity().subtract(order.getProducedQuantity());
            if (part.compareTo(left) >= 0) {
                throw new BusinessRuleException(
                        "partQuantity",
                        "production.partTooLarge",
                        left.stripTrailingZeros().toPlainString());
            }
            BigDecimal before = order.getProducedQuantity();
            BigDecimal unit = workOrders.part(order, part);
            orders.flush();
            inventory.receive(
                    order.getProductId(),
                    order.getWarehouseId(),
                    part,
                    MoveReason.PRODUCTION_OUTPUT,
                    unit,
                    order.getNumber(),
                    outputLots(order.getProductId(), order.getNumber(), before, part),
                    null,
                    "produced (part)");
            return view(order);
        });
    }

    /**
     * The lots of production output (decision 027): one lot named after the production order, or for a product
     * tracked by serial number one serial per unit, the order's number and the unit's place (MO-2026-000012-001).
     */
    private List<com.yiti.inventory.LotIn> outputLots(
            long productId, String orderNumber, BigDecimal before, BigDecimal quantity) {
        com.yiti.inventory.Tracking tracking =
                inventory.productsById(List.of(productId)).get(productId).tracking();
        if (tracking == com.yiti.inventory.Tracking.LOT) {
            return List.of(new com.yiti.inventory.LotIn(orderNumber, null, quantity));
        }
        if (tracking != com.yiti.inventory.Tracking.SERIAL) {
            return List.of();
        }
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw new BusinessRuleException("produced", "lot.serialWholeUnits");
        }
        List<com.yiti.inventory.LotIn> serials = new ArrayList<>();
        int first = before.intValue() + 1;
        for (int i = first; i < first + quantity.intValueExact(); i++) {
            serials.add(
                    new com.yiti.inventory.LotIn(orderNumber + "-" + String.format("%03d", i), null, BigDecimal.ONE));
        }
        return serials;
    }

    /** What moving a production order's due date would do: the customers' order lines it serves and their dates. */
    @Transactional(readOnly = true)
    public List<PlanLineView> servedBy(long id) {
        return views(planLines.findByProductionOrderIdOrderByNeedByAsc(id).stream()
                .filter(l -> l.getStatus() == PlanLineStatus.PLANNED)
                .toList());
    }

    /**
     * Moves a planned or started production order's due date; the sales orders waiting for it hear of it
     * ({@link ProductionRescheduled}) and their timelines move with it.
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProductionOrderView reschedule(long id, long expectedVersion, LocalDate due) {
        ProductionOrder order = current(id, expectedVersion);
        if (order.getStatus() != ProductionOrderStatus.PLANNED && order.getStatus() != ProductionOrderStatus.STARTED) {
            throw new BusinessRuleException(null, "production.notOpen");
        }
        if (due == null) {
            throw new BusinessRuleException("dueDate", "mrp.dueRequired");
        }
        if (due.isBefore(today())) {
            throw new BusinessRuleException("dueDate", "mrp.dueInPast");
        }
        LocalDate from = order.getDueDate();
        if (from.equals(due)) {
            return view(order);
        }
        order.reschedule(due);
        orders.flush();
        List<Long> salesOrders = planLines.findByProductionOrderIdOrderByNeedByAsc(id).stream()
                .filter(l -> l.getStatus() == PlanLineStatus.PLANNED && l.getOrderId() != null)
                .map(PlanLine::getOrderId)
                .distinct()
                .toList();
        events.publishEvent(new ProductionRescheduled(
                id, order.getNumber(), inventory.skuOf(order.getProductId()), from, due, salesOrders));
        return view(order);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public ProductionOrderView cancel(long id, long expectedVersion) {
        ProductionOrder order = current(id, expectedVersion);
        if (order.getStatus() != ProductionOrderStatus.PLANNED) {
            throw new BusinessRuleException(null, "production.notPlanned");
        }
        order.cancel();
        // the demand is still there: its plan lines go back to the open plan
        planLines.findByProductionOrderIdOrderByNeedByAsc(order.getId()).stream()
                .filter(l -> l.getStatus() == PlanLineStatus.PLANNED)
                .forEach(PlanLine::reopen);
        orders.flush();
        return view(order);
    }

    // ---- reads ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<ProductionOrderView> orders(ProductionOrderStatus status, Pageable pageable) {
        Page<ProductionOrder> page = status == null ? orders.findAll(pageable) : orders.findByStatus(status, pageable);
        Map<Long, ProductView> products = inventory.productsById(
                page.getContent().stream().map(ProductionOrder::getProductId).collect(Collectors.toSet()));
        Map<Long, String> codes = warehouseCodes();
        return page.map(o -> view(o, products.get(o.getProductId()), codes));
    }

    @Transactional(readOnly = true)
    public ProductionOrderView order(long id) {
        return view(orders.findById(id).orElseThrow(() -> new RecordNotFoundException("ProductionOrder", id)));
    }

    @Transactional(readOnly = true)
    public List<PlanLineView> linesOf(long productionOrderId) {
        return views(planLines.findByProductionOrderIdOrderByNeedByAsc(productionOrderId));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private ProductionOrder current(long id, long expectedVersion) {
        ProductionOrder order = orders.lock(id).orElseThrow(() -> new RecordNotFoundException("ProductionOrder", id));
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ProductionOrder", id);
        }
        return order;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private Map<Long, String> warehouseCodes() {
        return inventory.warehouses().stream().collect(Collectors.toMap(WarehouseView::id, WarehouseView::code));
    }

    private ProductionOrderView view(ProductionOrder o) {
        return view(o, inventory.product(o.getProductId()), warehouseCodes());
    }

    private static ProductionOrderView view(ProductionOrder o, ProductView p, Map<Long, String> codes) {
        return new ProductionOrderView(
                o.getId(),
                o.getNumber(),
                o.getProductId(),
                p.sku(),
                p.name(LocaleContextHolder.getLocale()),
                p.unit(),
                o.getWarehouseId(),
                codes.get(o.getWarehouseId()),
                o.getQuantity(),
                o.getProducedQuantity(),
                o.getStatus(),
                o.getDueDate(),
                o.getStartedAt(),
                o.getStartedBy(),
                o.getCompletedAt(),
                o.getCompletedBy(),
                o.getCreatedBy(),
                o.getCreatedAt(),
                o.getVersion(),
                o.getBomId(),
                o.getMaterialCost(),
                o.getLabourCost(),
                o.getOverheadCost(),
                o.getStandardUnitCost(),
                o.getActualUnitCost(),
                o.getScrappedQuantity());
    }

    private List<PlanLineView> views(List<PlanLine> lines) {
        Map<Long, ProductView> products = inventory.productsById(
                lines.stream().map(PlanLine::getProductId).collect(Collectors.toSet()));
        return lines.stream()
                .map(l -> {
                    ProductView p = products.get(l.getProductId());
                    return new PlanLineView(
                            l.getId(),
                            l.getProductId(),
                            p.sku(),
                            p.name(LocaleContextHolder.getLocale()),
                            l.getWarehouseId(),
                            l.getQuantity(),
                            l.getNeedBy(),
                            l.getSource(),
                            l.getOrderId(),
                            l.getOrderNumber(),
                            l.getOrderLineId(),
                            l.getStatus(),
                            l.getProductionOrderId());
                })
                .toList();
    }
}
