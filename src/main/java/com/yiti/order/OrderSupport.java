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

    OrderSupport(
            InventoryManagement inventory,
            CustomerManagement customers,
            UserDirectory directory,
            OrderEvents events,
            Clock clock) {
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
    Pricing price(LineData d) {
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
        BigDecimal price = d.unitPrice() == null ? p.listPrice() : d.unitPrice();
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
        return Pricing.of(
                q.setScale(3, RoundingMode.UNNECESSARY),
                price.setScale(2, RoundingMode.UNNECESSARY),
                discount.setScale(2, RoundingMode.UNNECESSARY),
                p.taxRate());
    }

    void timeline(long orderId, TimelineType type, String... args) {
        events.save(new OrderEvent(orderId, type, List.of(args), actor(), clock.instant()));
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
        ProductView p = products.get(l.getProductId());
        Pricing x = l.getPricing();
        return new LineView(
                l.getId(),
                l.getLineNo(),
                l.getProductId(),
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
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null);
    }

    LineView orderLine(OrderLine l, Map<Long, ProductView> products) {
        ProductView p = products.get(l.getProductId());
        Pricing x = l.getPricing();
        return new LineView(
                l.getId(),
                l.getLineNo(),
                l.getProductId(),
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
                l.getReservedQuantity(),
                l.getShippedQuantity(),
                l.getCancelledQuantity(),
                l.getSupply(),
                l.getPromisedDate());
    }
}
