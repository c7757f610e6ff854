package com.yiti.order;

import com.yiti.inventory.ProductView;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.Pricing;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.DocumentNumbers;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's side of after-sales returns (split out of {@link OrderManagement}): what may be returned, returns
 * recorded and cancelled under the order's lock, and free replacement orders confirmed at once.
 */
@Service
@Transactional
public class OrderReturns {

    private final SalesOrders orders;
    private final OrderSupport support;
    private final OrderManagement ordering;
    private final DocumentNumbers numbers;
    private final OrderConfirmation confirmation;

    OrderReturns(
            SalesOrders orders,
            OrderSupport support,
            OrderManagement ordering,
            DocumentNumbers numbers,
            OrderConfirmation confirmation) {
        this.confirmation = confirmation;
        this.orders = orders;
        this.support = support;
        this.ordering = ordering;
        this.numbers = numbers;
    }

    /** An order's lines with what was shipped and returned, for after-sales (which decides who may ask). */
    @Transactional(readOnly = true)
    public ReturnableOrder returnable(long orderId) {
        SalesOrder o = orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        return returnable(o);
    }

    private static ReturnableOrder returnable(SalesOrder o) {
        return new ReturnableOrder(
                o.getId(),
                o.getNumber(),
                o.getCustomerId(),
                o.getOwnerId(),
                o.getWarehouseId(),
                o.getLines().stream()
                        .map(l -> new ReturnableOrder.Line(
                                l.getId(),
                                l.getLineNo(),
                                l.getProductId(),
                                l.getShippedQuantity(),
                                l.getReturnedQuantity(),
                                l.getPricing().getUnitPrice(),
                                l.getPricing().getQuantity().signum() == 0
                                        ? java.math.BigDecimal.ZERO
                                        : l.getPricing()
                                                .getGrossAmount()
                                                .divide(
                                                        l.getPricing().getQuantity(),
                                                        6,
                                                        java.math.RoundingMode.HALF_UP)))
                        .toList(),
                o.getExchangeRate());
    }

    /**
     * A return authorised by after-sales: per line never more than shipped less what was returned before, checked
     * under the order's row lock so two returns at the same moment cannot take back the same goods twice.
     * RETURN_AUTHORIZED on the timeline. Returns the order's lines as they are now. Call it before anything else in
     * the transaction reads the order: an order already loaded would not be re-read under the lock.
     */
    public ReturnableOrder recordReturn(long orderId, Map<Long, BigDecimal> quantities, String returnNumber) {
        SalesOrder order = orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        Map<Long, ProductView> products = support.products(
                order.getLines().stream().map(OrderLine::getProductId).collect(Collectors.toSet()));
        List<String> what = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(quantities).entrySet()) {
            OrderLine line = OrderManagement.lineOf(order, e.getKey());
            BigDecimal q = e.getValue();
            String sku = products.get(line.getProductId()).sku();
            if (q.compareTo(line.returnable()) > 0) {
                throw new BusinessRuleException(
                        "quantity", "return.aboveShipped", sku, OrderSupport.plain(line.returnable()));
            }
            line.returned(q);
            what.add(OrderSupport.plain(q) + " × " + sku);
        }
        support.timeline(orderId, TimelineType.RETURN_AUTHORIZED, returnNumber, String.join(", ", what));
        orders.flush();
        return returnable(order);
    }

    /** A cancelled return gives its quantities back to what may be returned; RETURN_CANCELLED on the timeline. */
    public void cancelReturn(long orderId, Map<Long, BigDecimal> quantities, String returnNumber) {
        SalesOrder order = orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        quantities.forEach((lineId, q) -> OrderManagement.lineOf(order, lineId).returned(q.negate()));
        support.timeline(orderId, TimelineType.RETURN_CANCELLED, returnNumber);
        orders.flush();
    }

    /**
     * Replaces returned goods: a new order for the same customer, owner and warehouse with the returned products at
     * price zero, confirmed at once (no credit to check) so that it reserves stock, waits for production or purchase
     * and ships through the normal fulfilment flow. REPLACEMENT on the original order's timeline, REPLACEMENT_FOR on
     * the new one's.
     */
    public ReturnableOrder.Replacement createReplacement(
            long orderId, Map<Long, BigDecimal> quantities, String returnNumber) {
        SalesOrder original = orders.lock(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        SalesOrder replacement =
                new SalesOrder(numbers.next("SO"), original.getCustomerId(), original.getOwnerId(), null, null, null);
        replacement.inCurrency(original.getCurrency(), original.getExchangeRate());
        replacement.apply(
                original.getCustomerId(),
                original.getWarehouseId(),
                returnNumber,
                original.getNumber() + " / " + returnNumber);
        orders.saveAndFlush(replacement);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (var e : new java.util.TreeMap<>(quantities).entrySet()) {
            OrderLine line = OrderManagement.lineOf(original, e.getKey());
            replacement.addLine(
                    line.getProductId(),
                    Pricing.of(
                            e.getValue().setScale(3, java.math.RoundingMode.UNNECESSARY),
                            zero,
                            zero,
                            line.getPricing().getTaxRate()));
        }
        // goods replaced free of charge under a return are not a sale to approve: no flow is asked
        replacement.approvalRequired(false);
        orders.saveAndFlush(replacement);
        support.timeline(replacement.getId(), TimelineType.REPLACEMENT_FOR, original.getNumber(), returnNumber);
        confirmation.run(replacement, false);
        support.timeline(original.getId(), TimelineType.REPLACEMENT, replacement.getNumber(), returnNumber);
        orders.flush();
        return new ReturnableOrder.Replacement(replacement.getId(), replacement.getNumber());
    }
}
