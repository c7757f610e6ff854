package com.yiti.pricing;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.pricing.internal.PriceItem;
import com.yiti.pricing.internal.PriceList;
import com.yiti.pricing.internal.PriceLists;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Price lists: SALES_MANAGER, MANAGER and ADMIN keep them; everyone in sales reads them. {@link #best} answers a
 * quotation or order line with the lowest price of the lists that apply to it — active, in the document's currency,
 * valid on its day, for its customer, its customer's tier or everyone, from a quantity at or below the line's — and
 * says which list gave it and why. A list is deactivated, never deleted, so documents priced from it keep their
 * meaning.
 */
@Service
@Transactional
public class PriceListManagement {

    static final String WRITERS = "hasAnyRole('SALES_MANAGER', 'MANAGER', 'ADMIN')";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, Integer> SCOPE_ORDER = Map.of("CUSTOMER", 0, "TIER", 1, "ALL", 2);

    private final PriceLists lists;
    private final InventoryManagement inventory;
    private final CustomerManagement customers;

    PriceListManagement(PriceLists lists, InventoryManagement inventory, CustomerManagement customers) {
        this.lists = lists;
        this.inventory = inventory;
        this.customers = customers;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('SALES_REP', 'SALES_MANAGER', 'MANAGER', 'ADMIN', 'FINANCE')")
    @Transactional(readOnly = true)
    public Page<PriceListView> list(Pageable pageable) {
        Page<PriceList> page = lists.findAllByOrderByActiveDescCodeAsc(pageable);
        Map<Long, CustomerSummary> names = customers.summaries(page.getContent().stream()
                .map(PriceList::getCustomerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Integer> counts = page.getContent().isEmpty()
                ? Map.of()
                : lists
                        .countItems(
                                page.getContent().stream().map(PriceList::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).intValue()));
        return page.map(l -> view(l, names, false, counts.getOrDefault(l.getId(), 0)));
    }

    @PreAuthorize("hasAnyRole('SALES_REP', 'SALES_MANAGER', 'MANAGER', 'ADMIN', 'FINANCE')")
    @Transactional(readOnly = true)
    public PriceListView get(long id) {
        PriceList l = find(id);
        return view(l, names(l), true, l.getItems().size());
    }

    /**
     * The best price for a line, if some list applies: the lowest of the applicable items' prices (a fixed price, or
     * the list price less the item's discount); on a tie the most particular list (the customer's, then its tier's,
     * then everyone's), then the larger quantity break. Read without a user (pricing a line is part of writing it).
     */
    @Transactional(readOnly = true)
    public Optional<PriceQuote> best(PriceQuestion q) {
        return lists.applicable(q.currency(), q.day(), q.customerId(), q.tier(), q.productId(), q.quantity()).stream()
                .map(i -> quote(i, q.listPrice()))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparing(PriceQuote::unitPrice)
                        .thenComparing(x -> SCOPE_ORDER.get(x.scope()))
                        .thenComparing(PriceQuote::minQuantity, Comparator.reverseOrder()));
    }

    private static PriceQuote quote(PriceItem i, BigDecimal listPrice) {
        PriceList l = i.getPriceList();
        BigDecimal price;
        if (i.getUnitPrice() != null) {
            price = i.getUnitPrice();
        } else if (listPrice != null) {
            price = listPrice.multiply(HUNDRED.subtract(i.getDiscountPct())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        } else {
            return null; // a discount off a product without a list price prices nothing
        }
        String scope = l.getCustomerId() != null ? "CUSTOMER" : l.getTier() != null ? "TIER" : "ALL";
        return new PriceQuote(
                price,
                l.getId(),
                l.getCode(),
                l.getName(),
                scope,
                i.getMinQuantity().stripTrailingZeros(),
                i.getDiscountPct(),
                i.getMinPrice());
    }

    // ---- keeping ------------------------------------------------------------------------------------------------

    @PreAuthorize(WRITERS)
    public PriceListView create(PriceListData data) {
        String code = Text.referenceCode(data.code());
        if (lists.findByCode(code).isPresent()) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        PriceList l = new PriceList(code);
        apply(l, data);
        lists.saveAndFlush(l);
        return get(l.getId());
    }

    @PreAuthorize(WRITERS)
    public PriceListView update(long id, long expectedVersion, PriceListData data) {
        PriceList l = find(id);
        if (l.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("PriceList", id);
        }
        apply(l, data);
        lists.flush();
        return get(id);
    }

    @PreAuthorize(WRITERS)
    public PriceListView setActive(long id, boolean active) {
        PriceList l = find(id);
        l.setActive(active);
        lists.flush();
        return get(id);
    }

    /** Adds a product from a quantity on, or changes the one with that product and quantity. */
    @PreAuthorize(WRITERS)
    public PriceListView putItem(long id, PriceItemData data) {
        PriceList l = find(id);
        PriceItemData d = validItem(data);
        PriceItem item = l.getItems().stream()
                .filter(i -> i.getProductId().equals(d.productId())
                        && i.getMinQuantity().compareTo(d.minQuantity()) == 0)
                .findFirst()
                .orElseGet(() -> {
                    PriceItem fresh = new PriceItem(l);
                    l.getItems().add(fresh);
                    return fresh;
                });
        item.change(d.productId(), d.minQuantity(), d.unitPrice(), d.discountPct(), d.minPrice());
        lists.flush();
        return get(id);
    }

    @PreAuthorize(WRITERS)
    public PriceListView removeItem(long id, long itemId) {
        PriceList l = find(id);
        if (!l.getItems().removeIf(i -> i.getId().equals(itemId))) {
            throw new RecordNotFoundException("PriceItem", itemId);
        }
        lists.flush();
        return get(id);
    }

    private void apply(PriceList l, PriceListData d) {
        String name = Text.requiredName(d.name(), "name", 100);
        String currency = d.currency() == null ? "" : d.currency().strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("currency", "fx.currencyUnknown");
        }
        if (d.validFrom() == null) {
            throw new BusinessRuleException("validFrom", "priceList.validFromRequired");
        }
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new BusinessRuleException("validTo", "priceList.validToBeforeFrom");
        }
        if (d.customerId() != null && d.tier() != null) {
            throw new BusinessRuleException("tier", "priceList.customerOrTier");
        }
        if (d.customerId() != null && customers.summary(d.customerId()).isEmpty()) {
            throw new BusinessRuleException("customerId", "order.customerNotVisible");
        }
        l.change(name, currency, d.validFrom(), d.validTo(), d.tier(), d.customerId());
    }

    private PriceItemData validItem(PriceItemData d) {
        if (d.productId() == null) {
            throw new BusinessRuleException("productId", "field.required");
        }
        ProductView p = inventory.productsById(Set.of(d.productId())).get(d.productId());
        if (p == null) {
            throw new BusinessRuleException("productId", "order.noSuchProduct");
        }
        BigDecimal q = d.minQuantity() == null ? BigDecimal.ONE : d.minQuantity();
        if (q.signum() <= 0 || q.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("minQuantity", "priceList.minQuantityRange");
        }
        if ((d.unitPrice() == null) == (d.discountPct() == null)) {
            throw new BusinessRuleException("unitPrice", "priceList.priceOrDiscount");
        }
        if (d.unitPrice() != null
                && (d.unitPrice().signum() < 0
                        || d.unitPrice().stripTrailingZeros().scale() > 2)) {
            throw new BusinessRuleException("unitPrice", "order.priceScale");
        }
        if (d.discountPct() != null
                && (d.discountPct().signum() < 0
                        || d.discountPct().compareTo(HUNDRED) > 0
                        || d.discountPct().stripTrailingZeros().scale() > 2)) {
            throw new BusinessRuleException("discountPct", "order.discountRange");
        }
        if (d.minPrice() != null) {
            if (d.minPrice().signum() < 0 || d.minPrice().stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException("minPrice", "order.priceScale");
            }
            if (d.unitPrice() != null && d.minPrice().compareTo(d.unitPrice()) > 0) {
                throw new BusinessRuleException("minPrice", "priceList.minAbovePrice");
            }
        }
        return new PriceItemData(
                d.productId(),
                q.setScale(3, RoundingMode.UNNECESSARY),
                d.unitPrice() == null ? null : d.unitPrice().setScale(2, RoundingMode.UNNECESSARY),
                d.discountPct() == null ? null : d.discountPct().setScale(2, RoundingMode.UNNECESSARY),
                d.minPrice() == null ? null : d.minPrice().setScale(2, RoundingMode.UNNECESSARY));
    }

    private PriceList find(long id) {
        return lists.findById(id).orElseThrow(() -> new RecordNotFoundException("PriceList", id));
    }

    private Map<Long, CustomerSummary> names(PriceList l) {
        return l.getCustomerId() == null ? Map.of() : customers.summaries(List.of(l.getCustomerId()));
    }

    private PriceListView view(PriceList l, Map<Long, CustomerSummary> names, boolean withItems, int itemCount) {
        List<PriceItemView> items = List.of();
        if (withItems) {
            Map<Long, ProductView> products = inventory.productsById(
                    l.getItems().stream().map(PriceItem::getProductId).collect(Collectors.toSet()));
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            items = l.getItems().stream()
                    .map(i -> {
                        ProductView p = products.get(i.getProductId());
                        return new PriceItemView(
                                i.getId(),
                                i.getProductId(),
                                p == null ? "?" : p.sku(),
                                p == null ? "" : p.name(locale),
                                i.getMinQuantity().stripTrailingZeros(),
                                i.getUnitPrice(),
                                i.getDiscountPct(),
                                i.getMinPrice(),
                                i.getVersion());
                    })
                    .toList();
        }
        CustomerSummary c = l.getCustomerId() == null ? null : names.get(l.getCustomerId());
        return new PriceListView(
                l.getId(),
                l.getCode(),
                l.getName(),
                l.getCurrency(),
                l.getValidFrom(),
                l.getValidTo(),
                l.getTier(),
                l.getCustomerId(),
                c == null ? null : c.name(),
                l.isActive(),
                itemCount,
                items,
                l.getVersion());
    }
}
