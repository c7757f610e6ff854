package com.yiti.production;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.production.internal.OrderMaterial;
import com.yiti.production.internal.OrderMaterials;
import com.yiti.production.internal.ProductionOrder;
import com.yiti.production.internal.ProductionOrders;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production orders as work orders (decision 041): releasing one whose product has a bill in force reserves every
 * component under the order's number in the same reservation ledger as sales orders (a shortage refuses the release
 * with what is missing); components are issued by hand or backflushed at completion; the finished goods come in at
 * what they cost — materials issued plus the routing's labour and overhead — with the standard beside it.
 */
@Service
@Transactional
public class WorkOrders {

    private final ProductionOrders orders;
    private final OrderMaterials materials;
    private final BomManagement boms;
    private final RoutingManagement routings;
    private final InventoryManagement inventory;
    private final ApplicationEventPublisher events;
    private final com.yiti.production.internal.OrderOperations operations;
    private final com.yiti.production.internal.WorkCentres centres;
    private final com.yiti.platform.UserDirectory directory;
    private final java.time.Clock clock;
    private final com.yiti.production.internal.OutputCostings costings;

    WorkOrders(
            ProductionOrders orders,
            OrderMaterials materials,
            BomManagement boms,
            RoutingManagement routings,
            InventoryManagement inventory,
            ApplicationEventPublisher events,
            com.yiti.production.internal.OrderOperations operations,
            com.yiti.production.internal.WorkCentres centres,
            com.yiti.platform.UserDirectory directory,
            java.time.Clock clock,
            com.yiti.production.internal.OutputCostings costings) {
        this.costings = costings;
        this.operations = operations;
        this.centres = centres;
        this.directory = directory;
        this.clock = clock;
        this.orders = orders;
        this.materials = materials;
        this.boms = boms;
        this.routings = routings;
        this.inventory = inventory;
        this.events = events;
    }

    /** The components of a production order (none when it was not released against a bill). */
    @Transactional(readOnly = true)
    public List<MaterialView> materials(long orderId) {
        ProductionOrder order =
                orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("ProductionOrder", orderId));
        List<OrderMaterial> rows = materials.findByProductionOrderIdOrderByComponentId(orderId);
        Map<Long, ProductView> products = inventory.productsById(
                rows.stream().map(OrderMaterial::getComponentId).collect(Collectors.toSet()));
        boolean reserving = order.getStatus() == ProductionOrderStatus.STARTED;
        return rows.stream()
                .map(m -> {
                    ProductView p = products.get(m.getComponentId());
                    return new MaterialView(
                            m.getId(),
                            m.getComponentId(),
                            p.sku(),
                            p.name(LocaleContextHolder.getLocale()),
                            p.unit(),
                            m.getRequired(),
                            m.getIssued(),
                            reserving ? m.open() : BigDecimal.ZERO,
                            m.getIssuedValue());
                })
                .toList();
    }

    /** Issues a component to a started order (领料) out of what is reserved for it. */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public void issue(long orderId, long expectedVersion, long componentId, BigDecimal quantity) {
        ProductionOrder order =
                orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("ProductionOrder", orderId));
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ProductionOrder", orderId);
        }
        if (order.getStatus() != ProductionOrderStatus.STARTED) {
            throw new BusinessRuleException(null, "production.notStarted");
        }
        OrderMaterial m = materials
                .findByProductionOrderIdAndComponentId(orderId, componentId)
                .orElseThrow(() -> new BusinessRuleException("componentId", "workOrder.notAComponent"));
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
        }
        if (quantity.compareTo(m.open()) > 0) {
            throw new BusinessRuleException(
                    "quantity",
                    "workOrder.moreThanOpen",
                    m.open().stripTrailingZeros().toPlainString());
        }
        issue(order, m, quantity);
        // the order's own row changes with its materials: two planners working on it are told
        orders.flush();
    }

    private void issue(ProductionOrder order, OrderMaterial m, BigDecimal quantity) {
        BigDecimal value = inventory.issue(
                m.getComponentId(), order.getWarehouseId(), quantity, order.getNumber(), order.getNumber());
        m.issued(quantity, value);
        order.materialIssued(value);
    }

    /**
     * Called by {@link ProductionManagement#start}: with a bill in force, each component the order needs is reserved
     * in the order's warehouse (in product order, as a sales confirmation locks them); one short refuses the release
     * and rolls back every reservation, naming what is missing.
     */
    void release(ProductionOrder order) {
        // the routing's operations, for the shop floor to report
        routings.ofProduct(order.getProductId()).ifPresent(r -> {
            for (RoutingView.Operation o : r.operations()) {
                BigDecimal hours = o.setupMinutes()
                        .add(o.runMinutes().multiply(order.getQuantity()))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.UP);
                operations.save(new com.yiti.production.internal.OrderOperation(
                        order.getId(), o.seq(), o.workCentreId(), o.description(), hours));
            }
        });
        var needs = boms.requirements(order.getProductId(), order.getQuantity());
        if (needs.isEmpty()) {
            return;
        }
        Map<Long, ProductView> products =
                inventory.productsById(needs.get().components().keySet());
        List<String> short_ = new ArrayList<>();
        for (var e : needs.get().components().entrySet()) {
            BigDecimal got = inventory.reserve(e.getKey(), order.getWarehouseId(), e.getValue(), order.getNumber());
            if (got.compareTo(e.getValue()) < 0) {
                ProductView p = products.get(e.getKey());
                short_.add(p.sku() + " " + e.getValue().stripTrailingZeros().toPlainString() + "/"
                        + got.stripTrailingZeros().toPlainString() + " " + p.unit());
            }
            materials.save(new OrderMaterial(order.getId(), e.getKey(), e.getValue()));
        }
        if (!short_.isEmpty()) {
            throw new BusinessRuleException(null, "workOrder.shortage", String.join(", ", short_));
        }
        order.releasedAgainst(
                needs.get().bomId(),
                inventory.standardCosts(List.of(order.getProductId())).get(order.getProductId()));
    }

    /**
     * Called by {@link ProductionManagement#complete} before the output is received: the rest of each component for
     * what was made is backflushed (at most what is still reserved), what is left reserved goes back to stock, and
     * the order is costed. Answers the actual cost per unit made, or null for an order without a bill.
     */
    BigDecimal finish(ProductionOrder order, BigDecimal last) {
        // operations not reported by now are closed with the order
        operations.findByProductionOrderIdOrderBySeq(order.getId()).stream()
                .filter(o -> o.getStatus() != OperationStatus.DONE)
                .forEach(o -> o.report(
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, true, actor(), clock.instant()));
        if (order.getBomId() == null) {
            return null;
        }
        BigDecimal produced = order.getProducedQuantity();
        backflush(order, produced.add(order.getScrappedQuantity()));
        inventory.release(order.getNumber());
        BigDecimal labour = BigDecimal.ZERO;
        BigDecimal overhead = BigDecimal.ZERO;
        List<com.yiti.production.internal.OrderOperation> reported =
                operations.findByProductionOrderIdOrderBySeq(order.getId());
        if (reported.stream().anyMatch(o -> o.getHours().signum() > 0)) {
            // the hours the shop floor reported, at each work centre's rates
            Map<Long, com.yiti.production.internal.WorkCentre> wcs = centres
                    .findAllById(reported.stream()
                            .map(com.yiti.production.internal.OrderOperation::getWorkCentreId)
                            .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(com.yiti.production.internal.WorkCentre::getId, w -> w));
            for (var o : reported) {
                labour = labour.add(
                        o.getHours().multiply(wcs.get(o.getWorkCentreId()).getLabourRate()));
                overhead = overhead.add(
                        o.getHours().multiply(wcs.get(o.getWorkCentreId()).getOverheadRate()));
            }
        } else {
            var routing = routings.ofProduct(order.getProductId());
            if (routing.isPresent()) {
                for (RoutingView.Operation o : routing.get().operations()) {
                    labour = labour.add(o.labourCostPerUnit());
                    overhead = overhead.add(o.overheadCostPerUnit());
                }
            }
            labour = labour.multiply(produced);
            overhead = overhead.multiply(produced);
        }
        labour = labour.setScale(2, RoundingMode.HALF_UP);
        overhead = overhead.setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = order.getMaterialCost().add(labour).add(overhead);
        BigDecimal unit = total.divide(produced, 4, RoundingMode.HALF_UP);
        order.costed(labour, overhead, unit);
        BigDecimal lastUnit;
        BigDecimal variance = BigDecimal.ZERO;
        boolean atStandard = costings.findById(order.getProductId())
                        .map(c -> c.getBasis() == OutputBasis.STANDARD)
                        .orElse(false)
                && order.getStandardUnitCost() != null;
        if (atStandard) {
            // at standard: the difference to what it cost is the production cost variance (decision 044)
            lastUnit = order.getStandardUnitCost();
            variance = total.subtract(order.getReceivedValue())
                    .subtract(last.multiply(lastUnit).setScale(2, RoundingMode.HALF_UP));
        } else {
            // the last part goes in at what is left of the cost once the parts received before are taken out
            lastUnit = total.subtract(order.getReceivedValue())
                    .max(BigDecimal.ZERO)
                    .divide(last, 4, RoundingMode.HALF_UP);
        }
        events.publishEvent(new ProductionCompleted(
                order.getId(),
                order.getNumber(),
                order.getProductId(),
                produced,
                order.getMaterialCost(),
                labour,
                overhead,
                unit,
                order.getStandardUnitCost(),
                variance));
        return lastUnit;
    }

    /** Components for this many units (made and scrapped) are consumed: backflushed up to what is reserved. */
    private void backflush(ProductionOrder order, BigDecimal units) {
        BigDecimal share = units.min(order.getQuantity()).divide(order.getQuantity(), 10, RoundingMode.HALF_UP);
        for (OrderMaterial m : materials.findByProductionOrderIdOrderByComponentId(order.getId())) {
            BigDecimal due =
                    m.getRequired().multiply(share).setScale(3, RoundingMode.UP).subtract(m.getIssued());
            BigDecimal backflush = due.min(m.open());
            if (backflush.signum() > 0) {
                issue(order, m, backflush);
            }
        }
    }

    /**
     * Part of the output before completion (called by {@link ProductionManagement#receivePart}): the components of
     * what has been made so far are backflushed, and the part goes into stock at the standard cost kept at release
     * (the product's standard without a bill); completion trues the rest up. Answers the unit value.
     */
    BigDecimal part(ProductionOrder order, BigDecimal quantity) {
        if (order.getBomId() != null) {
            backflush(order, order.getProducedQuantity().add(quantity).add(order.getScrappedQuantity()));
        }
        BigDecimal unit = order.getStandardUnitCost() != null
                ? order.getStandardUnitCost()
                : inventory.standardCosts(List.of(order.getProductId())).get(order.getProductId());
        order.receivedPart(quantity, unit.multiply(quantity).setScale(2, RoundingMode.HALF_UP));
        return unit;
    }

    private String actor() {
        return directory.current().map(com.yiti.platform.CurrentUser::username).orElse("system");
    }
}
