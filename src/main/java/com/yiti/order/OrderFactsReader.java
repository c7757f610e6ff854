package com.yiti.order;

import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.OrderLines;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.order.internal.Shipments;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of orders without a user (split out of {@link OrderManagement}): a customer's open order
 * value for the credit check, an order's facts for the dashboard's read models, the lines waiting on supply for alerts.
 */
@Service
@Transactional(readOnly = true)
public class OrderFactsReader {

    private final SalesOrders orders;
    private final OrderLines lines;
    private final Shipments shipments;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    OrderFactsReader(SalesOrders orders, OrderLines lines, Shipments shipments) {
        this.orders = orders;
        this.lines = lines;
        this.shipments = shipments;
    }

    /**
     * The value of a customer's orders not yet invoiced (gross, pro rata per line): still to ship of confirmed
     * orders, plus what was shipped and is not invoiced yet (finance invoices a shipment after it commits, so
     * without it an order confirmed in between would see a too-small exposure). With open receivables, the
     * customer's credit exposure, per currency (each order is in its customer's). Read inside the credit check, after
     * the customer row is locked.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> openOrderValues(long customerId) {
        Map<String, BigDecimal> total = new java.util.TreeMap<>();
        // the open lines' amounts as a projection (one query, no order or line entities), priced as openValue does
        for (Object[] r :
                lines.openAmounts(customerId, List.of(OrderStatus.CONFIRMED, OrderStatus.PARTIALLY_SHIPPED))) {
            BigDecimal gross = (BigDecimal) r[0];
            BigDecimal open = ((BigDecimal) r[1]).subtract((BigDecimal) r[2]).subtract((BigDecimal) r[3]);
            total.merge(
                    (String) r[4],
                    gross.multiply(open).divide((BigDecimal) r[1], 2, java.math.RoundingMode.HALF_UP),
                    BigDecimal::add);
        }
        for (Object[] r : shipments.uninvoiced(customerId)) {
            BigDecimal shipped = (BigDecimal) r[0];
            BigDecimal gross = (BigDecimal) r[1];
            BigDecimal quantity = (BigDecimal) r[2];
            total.merge(
                    (String) r[3],
                    gross.multiply(shipped).divide(quantity, 2, java.math.RoundingMode.HALF_UP),
                    BigDecimal::add);
        }
        return total;
    }

    /** An order's header by id, without a user (finance names orders on deposits). */
    @Transactional(readOnly = true)
    public java.util.Optional<OrderHeader> header(long orderId) {
        return orders.findById(orderId).map(OrderFactsReader::header);
    }

    /** An order's header by its number (SO-…), without a user. */
    @Transactional(readOnly = true)
    public java.util.Optional<OrderHeader> headerByNumber(String number) {
        return number == null
                ? java.util.Optional.empty()
                : orders.findByNumber(number.strip().toUpperCase(java.util.Locale.ROOT))
                        .map(OrderFactsReader::header);
    }

    /** A customer's orders still to be delivered or paid (newest first, at most 50): what a deposit can be for. */
    @Transactional(readOnly = true)
    public List<OrderHeader> openOf(long customerId) {
        return orders
                .findTop50ByCustomerIdAndStatusInOrderByIdDesc(
                        customerId,
                        List.of(
                                OrderStatus.DRAFT,
                                OrderStatus.CREDIT_HOLD,
                                OrderStatus.CONFIRMED,
                                OrderStatus.PARTIALLY_SHIPPED,
                                OrderStatus.SHIPPED,
                                OrderStatus.DELIVERED))
                .stream()
                .map(OrderFactsReader::header)
                .toList();
    }

    private static OrderHeader header(SalesOrder o) {
        return new OrderHeader(
                o.getId(),
                o.getNumber(),
                o.getCustomerId(),
                o.getStatus(),
                o.getCurrency(),
                o.getGrossTotal(),
                o.getConfirmedAt());
    }

    /** Per order, its lines waiting for production or purchase (a backorder planned on them), for the alert job. */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> waitingLines(java.util.Collection<Long> orderIds) {
        Map<Long, List<Long>> waiting = new java.util.HashMap<>();
        for (SalesOrder o : orders.findAllById(orderIds)) {
            List<Long> lines = o.getLines().stream()
                    .filter(l -> (l.getSupply() == LineSupply.PRODUCTION || l.getSupply() == LineSupply.PURCHASE)
                            && l.backorder().signum() > 0)
                    .map(OrderLine::getId)
                    .toList();
            if (!lines.isEmpty()) {
                waiting.put(o.getId(), lines);
            }
        }
        return waiting;
    }

    /** An order's facts for the read models (a process without a user: no scope). */
    @Transactional(readOnly = true)
    public OrderFacts facts(long orderId) {
        return facts(orders.findById(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId)));
    }

    /**
     * An order's facts as they will commit, for read models written at the end of a transaction: this transaction's
     * changes flushed, the order row locked and re-read, so a concurrent change to the same order (a cancellation
     * committing while an invoice is written) cannot be overwritten with what this transaction saw earlier.
     */
    @Transactional
    public OrderFacts lockedFacts(long orderId) {
        entityManager.flush();
        orders.lockRow(orderId).orElseThrow(() -> new RecordNotFoundException("Order", orderId));
        SalesOrder o = entityManager.find(SalesOrder.class, orderId);
        entityManager.refresh(o);
        return facts(o);
    }

    private OrderFacts facts(SalesOrder o) {
        return new OrderFacts(
                o.getId(),
                o.getCustomerId(),
                o.getOwnerId(),
                o.getStatus(),
                o.getConfirmedAt() == null
                        ? null
                        : o.getConfirmedAt().atZone(OrderSupport.BUSINESS_ZONE).toLocalDate(),
                o.getPromisedDate(),
                o.getStatus() == OrderStatus.DELIVERED || o.getStatus() == OrderStatus.CLOSED
                        ? shipments.findByOrderIdOrderByIdAsc(o.getId()).stream()
                                .map(com.yiti.order.internal.Shipment::getDeliveredOn)
                                .filter(java.util.Objects::nonNull)
                                .max(java.util.Comparator.naturalOrder())
                                .orElse(null)
                        : null,
                // the dashboards add figures up in CNY: a foreign order at the rate it was priced at
                inCny(o, o.getGrossTotal()),
                o.getStatus().open() ? inCny(o, openValue(o)) : BigDecimal.ZERO.setScale(2),
                o.getStatus().open() ? waiting(o, LineSupply.PRODUCTION) : 0,
                o.getStatus().open() ? waiting(o, LineSupply.PURCHASE) : 0,
                o.getStatus().open()
                        ? o.getLines().stream()
                                .filter(l -> l.getSupply() != LineSupply.SERVICE
                                        && l.backorder().signum() > 0)
                                .map(OrderLine::getProductId)
                                .collect(Collectors.toCollection(java.util.TreeSet::new))
                        : java.util.Set.of());
    }

    private static BigDecimal inCny(SalesOrder o, BigDecimal amount) {
        return o.getExchangeRate().compareTo(BigDecimal.ONE) == 0
                ? amount
                : com.yiti.currency.ExchangeRateManagement.toBook(amount, o.getExchangeRate());
    }

    private static int waiting(SalesOrder o, LineSupply supply) {
        return (int) o.getLines().stream()
                .filter(l -> l.getSupply() == supply && l.backorder().signum() > 0)
                .count();
    }

    private static BigDecimal openValue(SalesOrder o) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (OrderLine l : o.getLines()) {
            BigDecimal quantity = l.getPricing().getQuantity();
            total = total.add(l.getPricing()
                    .getGrossAmount()
                    .multiply(l.open())
                    .divide(quantity, 2, java.math.RoundingMode.HALF_UP));
        }
        return total;
    }
}
