package com.yiti.order;

import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.LotTracking;
import com.yiti.inventory.LotView;
import com.yiti.inventory.MoveReason;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.order.internal.Shipment;
import com.yiti.order.internal.Shipments;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracing lots and serial numbers (decision 027) for the people who handle complaints and recalls: the warehouse,
 * service, purchasing, production and managers. Inventory knows where a lot came from and every move it made; the
 * order hub adds which order and customer each shipment went to.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('WAREHOUSE', 'SERVICE', 'PURCHASING', 'PRODUCTION', 'MANAGER', 'ADMIN')")
public class LotTraces {

    private final LotTracking lots;
    private final Shipments shipments;
    private final SalesOrders orders;
    private final OrderSupport support;

    LotTraces(LotTracking lots, Shipments shipments, SalesOrders orders, OrderSupport support) {
        this.lots = lots;
        this.shipments = shipments;
        this.orders = orders;
        this.support = support;
    }

    public Page<LotView> search(String q, Pageable pageable) {
        return lots.search(q, pageable);
    }

    /** Lots or serial numbers with exactly this number, each traced. */
    public List<LotTrace> numbered(String number) {
        return lots.numbered(number).stream().map(this::trace).toList();
    }

    public LotTrace trace(long lotId) {
        return trace(lots.lot(lotId));
    }

    private LotTrace trace(LotView lot) {
        Map<String, Shipment> byNumber = shipments
                .findByNumberIn(lot.moves().stream()
                        .filter(m -> m.reason() == MoveReason.SHIPMENT)
                        .map(LotView.Move::reference)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Shipment::getNumber, Function.identity()));
        Map<Long, SalesOrder> ordersById =
                orders
                        .findAllById(byNumber.values().stream()
                                .map(Shipment::getOrderId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(SalesOrder::getId, Function.identity()));
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                ordersById.values().stream().map(SalesOrder::getCustomerId).collect(Collectors.toSet()));
        List<LotTrace.Step> steps = lot.moves().stream()
                .map(m -> {
                    Shipment s = m.reason() == MoveReason.SHIPMENT ? byNumber.get(m.reference()) : null;
                    SalesOrder o = s == null ? null : ordersById.get(s.getOrderId());
                    CustomerSummary c = o == null ? null : customers.get(o.getCustomerId());
                    return new LotTrace.Step(
                            m.reason(),
                            m.reference(),
                            m.warehouseCode(),
                            m.quantity(),
                            m.at(),
                            o == null ? null : o.getId(),
                            o == null ? null : o.getNumber(),
                            c == null ? null : c.id(),
                            c == null ? null : c.name(),
                            s == null ? null : s.getId());
                })
                .toList();
        return new LotTrace(lot, steps);
    }
}
