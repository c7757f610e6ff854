package com.yiti.order;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.WarehouseView;
import com.yiti.order.internal.OrderEvent;
import com.yiti.order.internal.OrderEvents;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.Pricing;
import com.yiti.order.internal.QuotationLine;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What quotations, orders and shipments share: scope, line pricing and validation, the timeline, views. */
@Component
class OrderSupport {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final InventoryManagement inventory;
    final CustomerManagement customers;
    final UserDirectory directory;
    private final OrderEvents events;
    final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher publisher;
    final com.yiti.platform.TaskManagement tasks;
    private final com.yiti.currency.ExchangeRateManagement rates;
    private final com.yiti.pricing.PriceListManagement priceLists;

    OrderSupport(
            InventoryManagement inventory,
            CustomerManagement customers,
            UserDirectory directory,
            OrderEvents events,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher publisher,
            com.yiti.platform.TaskManagement tasks,
            com.yiti.currency.ExchangeRateManagement rates,
            com.yiti.pricing.PriceListManagement priceLists) {
        this.priceLists = priceLists;
        this.rates = rates;
        this.publisher = publisher;
        this.tasks = tasks;
        this.inventory = inventory;
        this.customers = customers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    SalesScope readScope() {
        return directory.current().map(directory::salesScope).orElse(new SalesScope(true, false, Set.of()));
    }

    SalesScope writeScope() {
        return directory.writableSalesScope(directory.require());
    }

    /** A document the reader may see (its owner is in their scope); otherwise, as if it did not exist, 404. */
    <T> T visible(java.util.Optional<T> found, java.util.function.Function<T, Long> owner, String type, Object id) {
        T document = found.orElseThrow(() -> new RecordNotFoundException(type, id));
        if (!readScope().includes(owner.apply(document))) {
            throw new RecordNotFoundException(type, id);
        }
        return document;
    }

    /** A locked document the writer may change: 404 outside their scope, 403 where they may only read. */
    <T> T writable(java.util.Optional<T> locked, java.util.function.Function<T, Long> owner, String type, Object id) {
        SalesScope scope = writeScope();
        T document = locked.orElseThrow(() -> new RecordNotFoundException(type, id));
        if (!scope.includes(owner.apply(document))) {
            throw new RecordNotFoundException(type, id);
        }
        if (!scope.canWrite(owner.apply(document))) {
            throw new org.springframework.security.access.AccessDeniedException(type + " outside the writer's scope");
        }
        return document;
    }

    /**
     * The list filter of quotations and orders: the reader's scope, text in any of the given columns, status,
     * customer, owner.
     */
    /** The order list's filter in the reader's scope (the list, its exports and the API read the same rows). */
    static org.springframework.data.jpa.domain.Specification<com.yiti.order.internal.SalesOrder> orderSpec(
            SalesScope scope, OrderFilter filter) {
        return documentSpec(
                scope,
                filter.q(),
                filter.status(),
                filter.customerId(),
                filter.ownerId(),
                "number",
                "customerReference");
    }

    static <T> org.springframework.data.jpa.domain.Specification<T> documentSpec(
            SalesScope scope,
            String q,
            Enum<?> status,
            Long customerId,
            Long ownerId,
            String numberColumn,
            String... otherColumns) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> p = new java.util.ArrayList<>();
            if (!scope.all()) {
                p.add(root.get("ownerId").in(scope.ownerIds()));
            }
            if (q != null && !q.isBlank()) {
                p.add(com.yiti.shared.DocumentTextSearch.matches(cb, root, q, numberColumn, otherColumns));
            }
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            if (customerId != null) {
                p.add(cb.equal(root.get("customerId"), customerId));
            }
            if (ownerId != null) {
                p.add(cb.equal(root.get("ownerId"), ownerId));
            }
            return cb.and(p.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /** A customer the writer may sell to: visible to them, not inactive. Returns it. */
    CustomerSummary sellableCustomer(Long customerId) {
        if (customerId == null) {
            throw new BusinessRuleException("customerId", "field.required");
        }
        if (!customers.isVisible(customerId)) {
            throw new BusinessRuleException("customerId", "order.customerNotVisible");
        }
        CustomerSummary c = customers.summary(customerId).orElseThrow();
        if (c.status() == CustomerStatus.INACTIVE) {
            throw new BusinessRuleException("customerId", "order.customerInactive", c.name());
        }
        return c;
    }

    /**
     * The rate a new document for this customer converts list prices at: CNY per unit of the customer's currency
     * today (1 in CNY). No rate entered for the last week, and nothing can be written for the customer: the message
     * at the customer field says which rate FINANCE has to enter.
     */
    BigDecimal rateFor(CustomerSummary c) {
        return rates.rate(c.currency(), today(), "customerId");
    }

    long warehouse(Long warehouseId) {
        if (warehouseId == null) {
            throw new BusinessRuleException("warehouseId", "field.required");
        }
        return inventory.warehouses().stream()
                .filter(w -> w.id() == warehouseId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("warehouseId", "order.noSuchWarehouse"))
                .id();
    }

    /** Validates a line as entered and prices it (unit price defaults to list price, discount to 0). */
    /** Reads the products of many lines at once, so that pricing each line asks no more of the database. */
    void prefetchProducts(List<Long> productIds) {
        inventory.productsById(
                productIds.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** What pricing a line of a document needs to know: its customer (and tier), currency, rate and day. */
    record PriceContext(
            long customerId, com.yiti.customer.CustomerTier tier, String currency, BigDecimal rate, LocalDate day) {}

    /** The price context of a document of this customer in this currency at this rate, today. */
    PriceContext context(long customerId, String currency, BigDecimal rate) {
        com.yiti.customer.CustomerTier tier =
                customers.summary(customerId).map(CustomerSummary::tier).orElse(null);
        return new PriceContext(customerId, tier, currency, rate, today());
    }

    /**
     * Validates a line as entered and prices it: without a typed price, the best applicable price list's price, else
     * the CNY list price converted at the document's rate (to the cent); the discount defaults to 0. The line
     * remembers the list that applies and its minimum unit price (below it, the line needs approval).
     */
    Pricing price(LineData d, PriceContext ctx) {
        BigDecimal rate = ctx.rate();
        if (d.productId() == null) {
            throw new BusinessRuleException("productId", "field.required");
        }
        ProductView p = inventory.productsById(List.of(d.productId())).get(d.productId());
        if (p == null) {
            throw new BusinessRuleException("productId", "order.noSuchProduct");
        }
        if (!p.active()) {
            throw new BusinessRuleException("productId", "order.productInactive", p.sku());
        }
        BigDecimal q = d.quantity();
        if (q == null || q.signum() <= 0) {
            throw new BusinessRuleException("quantity", "order.quantityPositive");
        }
        if (q.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
        }
        BigDecimal listPrice = p.listPrice() == null || rate.compareTo(BigDecimal.ONE) == 0
                ? p.listPrice()
                : com.yiti.currency.ExchangeRateManagement.fromBook(p.listPrice(), rate);
        java.util.Optional<com.yiti.pricing.PriceQuote> quote = q.signum() > 0
                ? priceLists.best(new com.yiti.pricing.PriceQuestion(
                        ctx.customerId(), ctx.tier(), ctx.currency(), ctx.day(), p.id(), q, listPrice))
                : java.util.Optional.empty();
        BigDecimal price = d.unitPrice() != null
                ? d.unitPrice()
                : quote.map(com.yiti.pricing.PriceQuote::unitPrice).orElse(listPrice);
        if (price == null || price.signum() < 0) {
            throw new BusinessRuleException("unitPrice", "order.priceNegative");
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("unitPrice", "order.priceScale");
        }
        BigDecimal discount = d.discountPct() == null ? BigDecimal.ZERO : d.discountPct();
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("discountPct", "order.discountRange");
        }
        if (discount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("discountPct", "order.discountScale");
        }
        Pricing pricing = Pricing.of(
                q.setScale(3, RoundingMode.UNNECESSARY),
                price.setScale(2, RoundingMode.UNNECESSARY),
                discount.setScale(2, RoundingMode.UNNECESSARY),
                p.taxRate());
        return quote.map(x -> pricing.from(x.priceListCode(), x.minPrice())).orElse(pricing);
    }

    void timeline(long orderId, TimelineType type, String... args) {
        events.save(new OrderEvent(orderId, type, List.of(args), actor(), clock.instant()));
        publisher.publishEvent(new OrderChanged(orderId));
    }

    List<TimelineEntry> timelineOf(long orderId, long afterId) {
        return events.findByOrderIdAndIdGreaterThanOrderByIdAsc(orderId, afterId).stream()
                .map(OrderSupport::entry)
                .toList();
    }

    Map<Long, TimelineEntry> latestSteps(Collection<Long> orderIds) {
        return orderIds.isEmpty()
                ? Map.of()
                : events.latestOf(orderIds).stream()
                        .collect(Collectors.toMap(OrderEvent::getOrderId, OrderSupport::entry));
    }

    private static TimelineEntry entry(OrderEvent e) {
        return new TimelineEntry(e.getId(), e.getType(), e.args(), e.getCreatedBy(), e.getCreatedAt());
    }

    // ---- views -------------------------------------------------------------------------------------------------

    Map<Long, String> warehouseCodes() {
        return inventory.warehouses().stream().collect(Collectors.toMap(WarehouseView::id, WarehouseView::code));
    }

    Map<Long, ProductView> products(Collection<Long> ids) {
        return inventory.productsById(ids);
    }

    static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }

    LineView quotationLine(QuotationLine l, Map<Long, ProductView> products) {
        BigDecimal zero = BigDecimal.ZERO;
        return line(
                l.getId(),
                l.getLineNo(),
                l.getProductId(),
                l.getPricing(),
                products,
                zero,
                zero,
                zero,
                null,
                null,
                zero);
    }

    LineView orderLine(OrderLine l, Map<Long, ProductView> products) {
        return line(
                l.getId(),
                l.getLineNo(),
                l.getProductId(),
                l.getPricing(),
                products,
                l.getReservedQuantity(),
                l.getShippedQuantity(),
                l.getCancelledQuantity(),
                l.getSupply(),
                l.getPromisedDate(),
                l.getReturnedQuantity());
    }

    private static LineView line(
            long id,
            int lineNo,
            long productId,
            Pricing x,
            Map<Long, ProductView> products,
            BigDecimal reserved,
            BigDecimal shipped,
            BigDecimal cancelled,
            LineSupply supply,
            LocalDate promised,
            BigDecimal returned) {
        ProductView p = products.get(productId);
        return new LineView(
                id,
                lineNo,
                productId,
                p.sku(),
                p.name(LocaleContextHolder.getLocale()),
                p.unit(),
                x.getQuantity(),
                x.getUnitPrice(),
                x.getDiscountPct(),
                x.getTaxRate(),
                x.getNetAmount(),
                x.getTaxAmount(),
                x.getGrossAmount(),
                reserved,
                shipped,
                cancelled,
                supply,
                promised,
                returned,
                x.getPriceList(),
                x.getPriceFloor());
    }
}
