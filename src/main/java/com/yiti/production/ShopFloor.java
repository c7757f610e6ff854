package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.OrderOperations;
import com.yiti.production.internal.ProductionOrder;
import com.yiti.production.internal.ProductionOrders;
import com.yiti.production.internal.WorkCentres;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop floor (decision 043): a released work order's operations, started and reported — hours, good and scrapped
 * units with a reason — from a tablet by the line, the order's page or the API. A release lays the operations out
 * ({@link WorkOrders}); completion closes those not reported.
 */
@Service
@Transactional
public class ShopFloor {

    private final OrderOperations operations;
    private final ProductionOrders orders;
    private final WorkCentres centres;
    private final InventoryManagement inventory;
    private final com.yiti.platform.UserDirectory directory;
    private final Clock clock;

    ShopFloor(
            OrderOperations operations,
            ProductionOrders orders,
            WorkCentres centres,
            InventoryManagement inventory,
            com.yiti.platform.UserDirectory directory,
            Clock clock) {
        this.operations = operations;
        this.orders = orders;
        this.centres = centres;
        this.inventory = inventory;
        this.directory = directory;
        this.clock = clock;
    }

    /** A released order's operations. */
    @Transactional(readOnly = true)
    public List<OperationView> operations(long orderId) {
        ProductionOrder order =
                orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("ProductionOrder", orderId));
        return operationViews(operations.findByProductionOrderIdOrderBySeq(orderId), Map.of(orderId, order));
    }

    /** Operations still to do at a work centre (or all), of started orders, earliest due first. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<OperationView> open(
            Long workCentreId, org.springframework.data.domain.Pageable pageable) {
        var page = operations.open(
                java.util.EnumSet.of(OperationStatus.PENDING, OperationStatus.STARTED), workCentreId, pageable);
        Map<Long, ProductionOrder> byId = orders
                .findAllById(page.getContent().stream()
                        .map(com.yiti.production.internal.OrderOperation::getProductionOrderId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(ProductionOrder::getId, o -> o));
        List<OperationView> views = operationViews(page.getContent(), byId);
        return new org.springframework.data.domain.PageImpl<>(views, pageable, page.getTotalElements());
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public OperationView startOperation(long operationId, long expectedVersion) {
        var op = openOperation(operationId, expectedVersion);
        if (op.getStatus() != OperationStatus.PENDING) {
            throw new BusinessRuleException(null, "operation.alreadyStarted");
        }
        op.start(actor(), clock.instant());
        operations.flush();
        return operations(op.getProductionOrderId()).stream()
                .filter(v -> v.id() == operationId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Reports hours, good and scrapped units at an operation (added to what was reported before); scrap needs a
     * reason, and an operation cannot pass on more units than the one before it did (the first: the order's).
     */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public OperationView reportOperation(
            long operationId,
            long expectedVersion,
            BigDecimal hours,
            BigDecimal good,
            BigDecimal scrapped,
            ScrapReason reason,
            boolean done) {
        var op = openOperation(operationId, expectedVersion);
        BigDecimal h = hours == null ? BigDecimal.ZERO : hours;
        BigDecimal g = good == null ? BigDecimal.ZERO : good;
        BigDecimal x = scrapped == null ? BigDecimal.ZERO : scrapped;
        if (h.signum() < 0 || h.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("hours", "operation.hours");
        }
        for (var e : Map.of("goodQuantity", g, "scrappedQuantity", x).entrySet()) {
            if (e.getValue().signum() < 0) {
                throw new BusinessRuleException(e.getKey(), "mrp.notNegative");
            }
            if (e.getValue().stripTrailingZeros().scale() > 3) {
                throw new BusinessRuleException(e.getKey(), "stock.quantityScale", 3);
            }
        }
        if (x.signum() > 0 && reason == null) {
            throw new BusinessRuleException("scrapReason", "operation.scrapReason");
        }
        List<com.yiti.production.internal.OrderOperation> all =
                operations.findByProductionOrderIdOrderBySeq(op.getProductionOrderId());
        ProductionOrder order = orders.lock(op.getProductionOrderId()).orElseThrow();
        BigDecimal before = order.getQuantity();
        for (var o : all) {
            if (o.getSeq() < op.getSeq()) {
                before = o.getGoodQuantity();
            }
        }
        BigDecimal after =
                op.getGoodQuantity().add(op.getScrappedQuantity()).add(g).add(x);
        if (after.compareTo(before) > 0) {
            throw new BusinessRuleException(
                    "goodQuantity",
                    "operation.moreThanBefore",
                    before.stripTrailingZeros().toPlainString());
        }
        op.report(h, g, x, x.signum() > 0 ? reason : null, done, actor(), clock.instant());
        if (x.signum() > 0) {
            order.scrapped(x);
        }
        operations.flush();
        orders.flush();
        return operations(op.getProductionOrderId()).stream()
                .filter(v -> v.id() == operationId)
                .findFirst()
                .orElseThrow();
    }

    private com.yiti.production.internal.OrderOperation openOperation(long operationId, long expectedVersion) {
        var op = operations
                .lock(operationId)
                .orElseThrow(() -> new RecordNotFoundException("OrderOperation", operationId));
        if (op.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("OrderOperation", operationId);
        }
        ProductionOrder order = orders.findById(op.getProductionOrderId()).orElseThrow();
        if (order.getStatus() != ProductionOrderStatus.STARTED) {
            throw new BusinessRuleException(null, "production.notStarted");
        }
        if (op.getStatus() == OperationStatus.DONE) {
            throw new BusinessRuleException(null, "operation.done");
        }
        return op;
    }

    private List<OperationView> operationViews(
            List<com.yiti.production.internal.OrderOperation> ops, Map<Long, ProductionOrder> byId) {
        Map<Long, String> codes = centres
                .findAllById(ops.stream()
                        .map(com.yiti.production.internal.OrderOperation::getWorkCentreId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(
                        com.yiti.production.internal.WorkCentre::getId,
                        com.yiti.production.internal.WorkCentre::getCode));
        Map<Long, ProductView> products = inventory.productsById(
                byId.values().stream().map(ProductionOrder::getProductId).collect(Collectors.toSet()));
        return ops.stream()
                .sorted(java.util.Comparator.comparing((com.yiti.production.internal.OrderOperation o) ->
                                byId.get(o.getProductionOrderId()).getDueDate())
                        .thenComparing(com.yiti.production.internal.OrderOperation::getProductionOrderId)
                        .thenComparing(com.yiti.production.internal.OrderOperation::getSeq))
                .map(o -> {
                    ProductionOrder order = byId.get(o.getProductionOrderId());
                    return new OperationView(
                            o.getId(),
                            order.getId(),
                            order.getNumber(),
                            products.get(order.getProductId()).sku(),
                            order.getDueDate(),
                            o.getSeq(),
                            o.getWorkCentreId(),
                            codes.get(o.getWorkCentreId()),
                            o.getDescription(),
                            o.getPlannedHours(),
                            o.getStatus(),
                            o.getStartedAt(),
                            o.getDoneAt(),
                            o.getHours(),
                            o.getGoodQuantity(),
                            o.getScrappedQuantity(),
                            o.getScrapReason(),
                            o.getReportedBy(),
                            order.getQuantity(),
                            o.getVersion());
                })
                .toList();
    }

    /** The work order an operation belongs to. */
    @Transactional(readOnly = true)
    public long orderOfOperation(long operationId) {
        return operations
                .findById(operationId)
                .orElseThrow(() -> new RecordNotFoundException("OrderOperation", operationId))
                .getProductionOrderId();
    }

    private String actor() {
        return directory.current().map(com.yiti.platform.CurrentUser::username).orElse("system");
    }
}
