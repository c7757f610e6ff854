package com.yiti.order;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.ProductView;
import com.yiti.order.internal.IdempotencyKey;
import com.yiti.order.internal.IdempotencyKeys;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.Quotation;
import com.yiti.order.internal.QuotationLine;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.internal.SalesOrders;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.SalesScope;
import com.yiti.platform.TransactionRetry;
import com.yiti.production.ProductionManagement;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales orders: draft editing, confirmation (validate, credit check, reserve, plan the shortages, promise dates,
 * timeline — one transaction), cancellation. Scoped like the CRM by the order's owner (the customer's rep).
 */
@Service
@Transactional
public class OrderManagement {

    static final String CONFIRM = "confirm";

    private final SalesOrders orders;
    private final IdempotencyKeys keys;
    private final OrderSupport support;
    private final ProductionManagement production;
    private final PurchasingManagement purchasing;
    private final TransactionRetry retry;
    private final ApplicationEventPublisher events;
    private final DocumentNumbers numbers;
    private final AuditHistory auditHistory;
    private final FulfilmentManagement fulfilment;
    private final com.yiti.shared.ListPages listPages;
    private final OrderConfirmation confirmation;
    private final com.yiti.contract.ContractConsumption contracts;

    private final SalesApprovals salesApprovals;

    OrderManagement(
            SalesOrders orders,
            IdempotencyKeys keys,
            OrderSupport support,
            ProductionManagement production,
            PurchasingManagement purchasing,
            TransactionRetry retry,
            ApplicationEventPublisher events,
            DocumentNumbers numbers,
            AuditHistory auditHistory,
            FulfilmentManagement fulfilment,
            com.yiti.shared.ListPages listPages,
            OrderConfirmation confirmation,
            com.yiti.contract.ContractConsumption contracts,
            SalesApprovals salesApprovals) {
        this.salesApprovals = salesApprovals;
        this.contracts = contracts;
        this.confirmation = confirmation;
        this.listPages = listPages;
        this.orders = orders;
        this.keys = keys;
        this.support = support;
        this.production = production;
        this.purchasing = purchasing;
        this.retry = retry;
        this.events = events;
        this.numbers = numbers;
        this.auditHistory = auditHistory;
        this.fulfilment = fulfilment;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<OrderView> search(OrderFilter filter, Pageable pageable) {
        SalesScope scope = support.readScope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<SalesOrder> page =
                listPages.find(orders, SalesOrder.class, OrderSupport.orderSpec(scope, filter), pageable);
        return com.yiti.shared.ListPages.withContent(page, views(page.getContent()));
    }

    @Transactional(readOnly = true)
    public OrderView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** The timeline, oldest first; {@code afterId} &gt; 0 returns only newer entries (for polling). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long id, long afterId) {
        visible(id);
        return support.timelineOf(id, afterId);
    }

    /** The newest timeline entry of each listed order (for lists that show where each order stands). */
    @Transactional(readOnly = true)
    public Map<Long, TimelineEntry> latestSteps(List<OrderView> visibleOrders) {
        return support.latestSteps(visibleOrders.stream().map(OrderView::id).toList());
    }

    /** The shipments of an order the user may see. */
    @Transactional(readOnly = true)
    public List<ShipmentView> shipments(long id) {
        visible(id);
        return fulfilment.ofOrder(id);
    }

    /** The latest orders of a customer the user may see (customer 360 page). */
    @Transactional(readOnly = true)
    public List<OrderView> ofCustomer(long customerId, int limit) {
        return search(
                        new OrderFilter(null, null, customerId, null),
                        PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id"))))
                .getContent();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry<OrderStatus>> history(long id) {
        visible(id);
        return auditHistory.of(SalesOrder.class, id).stream()
                .map(e -> new AuditEntry<>(
                        e.revision(), e.at(), e.by(), e.type(), e.state().getStatus()))
                .toList();
    }

    // ---- drafts ------------------------------------------------------------------------------------------------

    /**
     * A draft order for a customer. With a client key (the form's one-time token, the API's Idempotency-Key) a
     * repeated submission returns the order the first one made.
     */
    public OrderView create(OrderData data) {
        SalesScope scope = support.writeScope();
        String clientKey = clientKey(data.clientKey());
        if (clientKey != null) {
            Optional<SalesOrder> existing = orders.findByClientKey(clientKey);
            if (existing.isPresent()) {
                return get(existing.get().getId());
            }
        }
        CustomerSummary customer = support.sellableCustomer(data.customerId());
        if (!scope.canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        SalesOrder order = new SalesOrder(numbers.next("SO"), customer.id(), customer.ownerId(), null, null, clientKey);
        order.inCurrency(customer.currency(), support.rateFor(customer));
        applyHeader(order, data);
        orders.saveAndFlush(order);
        support.timeline(order.getId(), TimelineType.CREATED);
        return get(order.getId());
    }

    /**
     * For {@link OrderPlacement}: a new draft with all its lines, in the caller's transaction, without reading the
     * order back after each line. A line's error names the line ({@code lines[2].quantity}). Returns the order's id.
     */
    long createWithLines(OrderData data, List<LineData> lines, String number) {
        SalesScope scope = support.writeScope();
        CustomerSummary customer = support.sellableCustomer(data.customerId());
        if (!scope.canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        SalesOrder order = new SalesOrder(number, customer.id(), customer.ownerId(), null, null, null);
        order.inCurrency(customer.currency(), support.rateFor(customer));
        applyHeader(order, data);
        orders.save(order);
        // the products of all lines in one read (remembered for the request: pricing, confirmation, the answer)
        support.prefetchProducts(lines.stream().map(LineData::productId).toList());
        OrderSupport.PriceContext prices = new OrderSupport.PriceContext(
                customer.id(), customer.tier(), order.getCurrency(), order.getExchangeRate(), support.today());
        for (int i = 0; i < lines.size(); i++) {
            LineData line = lines.get(i);
            try {
                order.addLine(line.productId(), support.price(line, prices));
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException(
                        "lines[" + i + "]" + (e.field() == null ? "" : "." + e.field()), e.code(), e.args());
            }
        }
        salesApprovals.follow(order);
        orders.flush();
        support.timeline(order.getId(), TimelineType.CREATED);
        return order.getId();
    }

    /** For {@link OrderPlacement}: confirms in the caller's transaction. */
    OrderView confirmInCallersTransaction(long id) {
        return confirmInTransaction(id, null);
    }

    /** The order an accepted quotation becomes: the same customer, warehouse and lines, nothing re-typed. */
    OrderView createFromQuotation(Quotation q) {
        SalesOrder order = new SalesOrder(
                numbers.next("SO"), q.getCustomerId(), q.getOwnerId(), q.getId(), q.getOpportunityId(), null);
        order.apply(q.getCustomerId(), q.getWarehouseId(), null, q.getNote());
        order.inCurrency(q.getCurrency(), q.getExchangeRate());
        orders.saveAndFlush(order);
        for (QuotationLine l : q.getLines()) {
            order.addLine(l.getProductId(), l.getPricing());
        }
        salesApprovals.follow(order);
        if (q.getApproval() == Approval.APPROVED) {
            order.approvedWithQuotation(q.getApprovedBy());
        }
        orders.flush();
        support.timeline(order.getId(), TimelineType.FROM_QUOTATION, q.getNumber());
        return get(order.getId());
    }

    public OrderView update(long id, long expectedVersion, OrderData data) {
        SalesOrder order = draft(id, expectedVersion);
        CustomerSummary customer = support.sellableCustomer(data.customerId());
        if (customer.id() != order.getCustomerId() && !support.writeScope().canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        if (!customer.currency().equals(order.getCurrency())) {
            if (!order.getLines().isEmpty()) {
                throw new BusinessRuleException(
                        "customerId", "order.currencyDiffers", customer.currency(), order.getCurrency());
            }
            order.inCurrency(customer.currency(), support.rateFor(customer));
        }
        applyHeader(order, data);
        orders.flush();
        return get(id);
    }

    public OrderView addLine(long id, long expectedVersion, LineData line) {
        SalesOrder order = draft(id, expectedVersion);
        boolean wasPending = order.getApproval() == Approval.PENDING;
        order.addLine(line.productId(), support.price(line, prices(order)));
        bump(order, wasPending);
        return get(id);
    }

    public OrderView changeLine(long id, long expectedVersion, long lineId, LineData line) {
        SalesOrder order = draft(id, expectedVersion);
        boolean wasPending = order.getApproval() == Approval.PENDING;
        order.changeLine(lineOf(order, lineId), line.productId(), support.price(line, prices(order)));
        bump(order, wasPending);
        return get(id);
    }

    private OrderSupport.PriceContext prices(SalesOrder order) {
        return support.context(order.getCustomerId(), order.getCurrency(), order.getExchangeRate());
    }

    public OrderView removeLine(long id, long expectedVersion, long lineId) {
        SalesOrder order = draft(id, expectedVersion);
        boolean wasPending = order.getApproval() == Approval.PENDING;
        order.removeLine(lineOf(order, lineId));
        bump(order, wasPending);
        return get(id);
    }

    // ---- confirmation ------------------------------------------------------------------------------------------

    /**
     * Confirms an order in one transaction: validates it, asks the credit check, reserves what is available per
     * line (balance rows locked in product order), turns each shortage into a production plan line (made) or a
     * purchase requisition line (bought), promises dates and writes the timeline. A failure anywhere rolls all of it
     * back. Confirming a confirmed order changes nothing; the same Idempotency-Key answers the same way. A deadlock
     * victim is retried once.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrderView confirm(long id, String idempotencyKey) {
        return retry.run("confirm order", () -> confirmInTransaction(id, clientKey(idempotencyKey)));
    }

    private OrderView confirmInTransaction(long id, String idempotencyKey) {
        CurrentUser user = support.directory.require();
        // looked up under the order's lock: a parallel double click waits for the first and finds its key
        SalesOrder order = writableLocked(id);
        if (idempotencyKey != null) {
            Optional<IdempotencyKey> seen = keys.findByUserIdAndOperationAndKey(user.id(), CONFIRM, idempotencyKey);
            if (seen.isPresent()) {
                if (seen.get().getOrderId() != id) {
                    throw new BusinessRuleException(null, "order.idempotencyKeyReused");
                }
                return get(id);
            }
        }
        switch (order.getStatus()) {
            case CANCELLED -> throw new BusinessRuleException(null, "order.cancelledCannotConfirm");
            case DRAFT, CREDIT_HOLD -> confirmation.run(order, true);
            default -> {
                // already confirmed: nothing changes
            }
        }
        if (idempotencyKey != null) {
            keys.save(new IdempotencyKey(user.id(), CONFIRM, idempotencyKey, id, support.clock.instant()));
        }
        orders.flush();
        return get(id);
    }

    // ---- finance ------------------------------------------------------------------------------------------------

    /**
     * The signed-in user's own orders in the given statuses counted by status (for their home page): an index range
     * per status, so ask only for the few that are live, not for years of shipped and closed orders.
     */
    @Transactional(readOnly = true)
    public Map<OrderStatus, Long> myCountsByStatus(java.util.Collection<OrderStatus> statuses) {
        Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
        orders.countByStatusOfOwner(support.directory.require().id(), statuses)
                .forEach(r -> counts.put((OrderStatus) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * The id of the order with this number (what people type: SO-2026-000123), for modules that apply their own rule
     * on which orders may be linked (after-sales: the ticket's customer's). No scope here.
     */
    @Transactional(readOnly = true)
    public Optional<Long> idOfNumber(String number) {
        String n = blankToNull(number);
        return n == null ? Optional.empty() : orders.idOfNumber(n.toUpperCase(java.util.Locale.ROOT));
    }

    /** Order numbers by id (for alerts and reports made without a user). */
    @Transactional(readOnly = true)
    public Map<Long, String> numbers(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : orders.numbersOf(ids).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    // ---- cancellation ------------------------------------------------------------------------------------------

    /**
     * Cancels an order, or after a partial shipment its unshipped remainder: reservations are released and open
     * plan and requisition lines not yet started are cancelled, in one transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrderView cancel(long id, String reason) {
        return retry.run("cancel order", () -> {
            String why = blankToNull(reason);
            if (why == null) {
                throw new BusinessRuleException("reason", "order.cancelReasonRequired");
            }
            if (why.length() > 500) {
                throw new BusinessRuleException("reason", "field.tooLong", 500);
            }
            SalesOrder order = writableLocked(id);
            OrderStatus status = order.getStatus();
            if (status != OrderStatus.DRAFT && status != OrderStatus.CREDIT_HOLD && !status.open()) {
                throw new BusinessRuleException(null, "order.notCancellable");
            }
            boolean partlyShipped = order.getLines().stream()
                    .anyMatch(l -> l.getShippedQuantity().signum() > 0);
            List<Long> lineIds = order.getLines().stream().map(OrderLine::getId).toList();
            if (status.open()) {
                order.getLines().forEach(OrderLine::cancelRemainder);
                production.cancelDemand(lineIds);
                purchasing.cancelDemand(lineIds);
            }
            if (partlyShipped) {
                order.remainderCancelled(why, support.clock.instant());
                order.moveTo(OrderStatus.SHIPPED);
                support.timeline(order.getId(), TimelineType.REMAINDER_CANCELLED, why);
            } else {
                order.cancelled(why, support.clock.instant());
                support.timeline(order.getId(), TimelineType.CANCELLED, why);
                if (order.getContractId() != null) {
                    contracts.release(order.getContractId(), order.getId());
                }
                salesApprovals.withdraw(SalesApprovals.SALES_ORDER, order.getId());
            }
            orders.flush();
            if (status.open()) {
                // released only now that this order waits for nothing: the freed stock goes to orders waiting for it
                order.getLines().stream()
                        .sorted(Comparator.comparing(OrderLine::getProductId))
                        .forEach(l -> support.inventory.release(l.reservationReference()));
            }
            events.publishEvent(
                    new OrderCancelled(order.getId(), order.getNumber(), order.getCustomerId(), partlyShipped));
            return get(id);
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private SalesOrder visible(long id) {
        return support.visible(orders.findById(id), SalesOrder::getOwnerId, "Order", id);
    }

    private SalesOrder writableLocked(long id) {
        return support.writable(orders.lock(id), SalesOrder::getOwnerId, "Order", id);
    }

    private SalesOrder draft(long id, long expectedVersion) {
        SalesOrder order = writableLocked(id);
        if (order.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Order", id);
        }
        if (order.getStatus() != OrderStatus.DRAFT) {
            throw new BusinessRuleException(null, "order.linesLocked");
        }
        return order;
    }

    /** Line edits change the totals and so the order's version: two people editing one draft are told. */
    private void bump(SalesOrder order, boolean wasPending) {
        salesApprovals.follow(order);
        orders.flush();
        if (wasPending && order.getApproval() != Approval.PENDING) {
            // a line change voided a pending approval: its request is withdrawn (the rep asks again)
            salesApprovals.withdraw(SalesApprovals.SALES_ORDER, order.getId());
        }
    }

    static OrderLine lineOf(SalesOrder order, long lineId) {
        return order.getLines().stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("OrderLine", lineId));
    }

    private void applyHeader(SalesOrder order, OrderData data) {
        String ref = blankToNull(data.customerReference());
        if (ref != null && ref.length() > 100) {
            throw new BusinessRuleException("customerReference", "field.tooLong", 100);
        }
        String note = blankToNull(data.note());
        if (note != null && note.length() > 1000) {
            throw new BusinessRuleException("note", "field.tooLong", 1000);
        }
        order.apply(data.customerId(), support.warehouse(data.warehouseId()), ref, note);
        if (data.contractId() == null) {
            order.underContract(null, null);
        } else {
            var contract = contracts.check(data.contractId(), order.getCustomerId(), order.getCurrency());
            order.underContract(contract.id(), contract.number());
        }
    }

    private static String clientKey(String key) {
        String k = blankToNull(key);
        if (k != null && k.length() > 100) {
            throw new BusinessRuleException(null, "order.idempotencyKeyTooLong");
        }
        return k;
    }

    List<OrderView> views(List<SalesOrder> list) {
        Map<Long, ProductView> products = support.products(list.stream()
                .flatMap(o -> o.getLines().stream())
                .map(OrderLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                list.stream().map(SalesOrder::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> owners = support.directory.displayNames(
                list.stream().map(SalesOrder::getOwnerId).collect(Collectors.toSet()));
        Map<Long, String> codes = support.warehouseCodes();
        return list.stream()
                .map(o -> new OrderView(
                        o.getId(),
                        o.getNumber(),
                        o.getCustomerId(),
                        customers.get(o.getCustomerId()).name(),
                        o.getOwnerId(),
                        owners.get(o.getOwnerId()),
                        o.getQuotationId(),
                        o.getOpportunityId(),
                        o.getWarehouseId(),
                        codes.get(o.getWarehouseId()),
                        o.getStatus(),
                        o.getCustomerReference(),
                        o.getNote(),
                        o.getPromisedDate(),
                        o.getHoldReason(),
                        o.getApproval(),
                        o.getApprovedBy(),
                        o.getNetTotal(),
                        o.getTaxTotal(),
                        o.getGrossTotal(),
                        o.getCurrency(),
                        o.getExchangeRate(),
                        o.getConfirmedAt(),
                        o.getCancelledAt(),
                        o.getCancelReason(),
                        o.getLines().stream()
                                .map(l -> support.orderLine(l, products))
                                .toList(),
                        o.getCreatedBy(),
                        o.getCreatedAt(),
                        o.getVersion(),
                        o.getContractId(),
                        o.getContractNumber()))
                .toList();
    }
}
