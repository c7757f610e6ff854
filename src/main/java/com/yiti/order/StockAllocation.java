package com.yiti.order;

import com.yiti.inventory.MoveReason;
import com.yiti.inventory.StockArrived;
import com.yiti.inventory.StockCounted;
import com.yiti.inventory.StockReleased;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.OrderLines;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When stock arrives (production output, a receipt, a return), a count finds more, or another order releases its
 * reservation, open order lines waiting for that product in that
 * warehouse reserve it, earliest promised date first, in the same transaction as the move: listening synchronously
 * keeps inventory, production and purchasing free of any dependency on orders.
 */
@Component
class StockAllocation {

    private static final List<OrderStatus> OPEN = List.of(OrderStatus.CONFIRMED, OrderStatus.PARTIALLY_SHIPPED);

    private final OrderLines lines;
    private final SalesOrders orders;
    private final OrderSupport support;

    StockAllocation(OrderLines lines, SalesOrders orders, OrderSupport support) {
        this.lines = lines;
        this.orders = orders;
        this.support = support;
    }

    @EventListener
    void on(StockArrived arrived) {
        TimelineType type = switch (arrived.reason()) {
            case PRODUCTION_OUTPUT -> TimelineType.PRODUCED;
            case RECEIPT -> TimelineType.RECEIVED;
            case TRANSFER_IN -> TimelineType.TRANSFERRED;
            default -> null;
        };
        if (type == null && arrived.reason() != MoveReason.RETURN) {
            return;
        }
        allocate(arrived.productId(), arrived.warehouseId(), type, arrived.reference());
    }

    /** A count found more than the books: the gain is offered to waiting lines like arriving stock. */
    @EventListener
    void on(StockCounted counted) {
        if (counted.difference().signum() > 0) {
            allocate(counted.productId(), counted.warehouseId(), null, null);
        }
    }

    /** Stock another line gave up (a cancelled order): offered to waiting lines at once. */
    @EventListener
    void on(StockReleased released) {
        allocate(released.productId(), released.warehouseId(), null, null);
    }

    /**
     * Waiting lines of the product in the warehouse reserve what is available, earliest promised first; with a type
     * (produced, received) the timeline says where the stock came from, otherwise it shows the new coverage.
     */
    private void allocate(long productId, long warehouseId, TimelineType type, String reference) {
        String sku = null;
        for (Object[] ids : lines.waiting(productId, warehouseId, OPEN)) {
            SalesOrder order = orders.lock((Long) ids[1]).orElseThrow();
            if (!order.getStatus().open()) {
                continue;
            }
            OrderLine waiting = order.getLines().stream()
                    .filter(l -> l.getId().equals(ids[0]))
                    .findFirst()
                    .orElseThrow();
            BigDecimal wanted = waiting.backorder();
            if (wanted.signum() <= 0) {
                continue;
            }
            BigDecimal granted =
                    support.inventory.reserve(productId, warehouseId, wanted, waiting.reservationReference());
            if (granted.signum() == 0) {
                return;
            }
            waiting.reserved(granted);
            long stocked = order.getLines().stream()
                    .filter(l -> l.getSupply() != LineSupply.SERVICE)
                    .count();
            long covered = order.getLines().stream()
                    .filter(l ->
                            l.getSupply() != LineSupply.SERVICE && l.backorder().signum() == 0)
                    .count();
            if (sku == null) {
                sku = support.products(List.of(productId)).get(productId).sku();
            }
            support.timeline(
                    order.getId(),
                    type == null ? TimelineType.RESERVED : type,
                    type == null
                            ? new String[] {String.valueOf(covered), String.valueOf(stocked)}
                            : new String[] {
                                sku,
                                OrderSupport.plain(granted),
                                reference == null ? "" : reference,
                                String.valueOf(covered),
                                String.valueOf(stocked)
                            });
            if (granted.compareTo(wanted) < 0) {
                return;
            }
        }
    }
}
