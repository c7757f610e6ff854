package com.yiti.order;

import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.order.internal.Shipments;
import com.yiti.shared.RecordNotFoundException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other modules' steps on an order (split out of {@link OrderManagement}): its lines at their prices for invoicing,
 * a shipment invoiced, credited, paid or a return received on the timeline, and closing a delivered, paid order.
 */
@Service
@Transactional
public class OrderSteps {

    private final SalesOrders orders;
    private final Shipments shipments;
    private final OrderSupport support;

    OrderSteps(SalesOrders orders, Shipments shipments, OrderSupport support) {
        this.orders = orders;
        this.shipments = shipments;
        this.support = support;
    }

    /** An order's lines at their prices, for invoicing its shipments (a process without a user). */
    @Transactional(readOnly = true)
    public OrderForInvoice forInvoicing(long orderId) {
        SalesOrder o = orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        return new OrderForInvoice(
                o.getId(),
                o.getNumber(),
                o.getCustomerId(),
                o.getOwnerId(),
                o.getCurrency(),
                o.getLines().stream()
                        .map(l -> new OrderForInvoice.Line(
                                l.getId(),
                                l.getProductId(),
                                l.getPricing().getQuantity(),
                                l.getPricing().getUnitPrice(),
                                l.getPricing().getDiscountPct(),
                                l.getPricing().getTaxRate()))
                        .toList());
    }

    private static final Set<TimelineType> OUTSIDE_STEPS = EnumSet.of(
            TimelineType.CREDITED,
            TimelineType.PAID,
            TimelineType.RETURN_RECEIVED,
            TimelineType.EMAILED,
            TimelineType.DEPOSIT_RECEIVED);

    /**
     * Finance invoiced a shipment (in the invoice's transaction): the shipment leaves the customer's shipped-not-
     * invoiced exposure as its invoice enters open receivables, and INVOICED goes on the timeline. Once per shipment.
     */
    public void shipmentInvoiced(long orderId, long shipmentId, String invoiceNumber, String amount) {
        orders.lockRow(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        if (shipments.markInvoiced(shipmentId, orderId, support.clock.instant()) == 0
                && !shipments.existsById(shipmentId)) {
            throw new RecordNotFoundException("Shipment", shipmentId);
        }
        support.timeline(orderId, TimelineType.INVOICED, invoiceNumber, amount);
    }

    /**
     * Other modules' steps on the order's timeline: invoiced (number, amount), credited, paid (date) from finance;
     * a return received (return number, what was restocked or quarantined) from after-sales.
     */
    public void recordStep(long orderId, TimelineType type, String... args) {
        if (!OUTSIDE_STEPS.contains(type)) {
            throw new IllegalArgumentException("not a step other modules record: " + type);
        }
        // the order row is locked before the timeline row refers to it: taking the shared lock of the reference
        // first and the exclusive lock later (for the read models) would deadlock with the warehouse
        orders.lockRow(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        support.timeline(orderId, type, args);
    }

    /**
     * A delivered order whose invoices are all paid is closed (finance decides when that is); never while a line is
     * still open (a service not rendered) or a shipment is not yet invoiced.
     */
    public boolean closeIfDelivered(long orderId) {
        SalesOrder order = orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        if (order.getStatus() != OrderStatus.DELIVERED
                || order.getLines().stream().anyMatch(l -> l.open().signum() > 0)
                || shipments.existsByOrderIdAndInvoicedAtIsNull(orderId)) {
            return false;
        }
        order.moveTo(OrderStatus.CLOSED);
        support.timeline(orderId, TimelineType.CLOSED);
        orders.flush();
        return true;
    }
}
