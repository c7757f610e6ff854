package com.yiti.inventory;

import com.yiti.inventory.internal.StockBalances;
import com.yiti.inventory.internal.StockLedger;
import com.yiti.inventory.internal.Stocktake;
import com.yiti.inventory.internal.StocktakeLine;
import com.yiti.inventory.internal.Stocktakes;
import com.yiti.inventory.internal.Warehouse;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stocktakes (盘点). WAREHOUSE makes a count sheet for a warehouse (or one category in it): the book quantities are
 * frozen at that moment. Counters enter what they find blind, without the book quantity. ADMIN reviews the
 * differences and posts them: each is an ADJUSTMENT move of counted − frozen book (so goods that moved during the
 * count are not counted twice) and {@link StockCounted}, which posts the gain or loss to the journal and offers a gain
 * to waiting orders. A loss that would leave less on hand than is reserved is refused.
 */
@Service
@Transactional
public class StocktakeManagement {

    private static final Set<Role> BOOK_READERS = Set.of(Role.ADMIN, Role.MANAGER, Role.FINANCE);

    private final Stocktakes stocktakes;
    private final Warehouses warehouses;
    private final StockBalances balances;
    private final StockLedger ledger;
    private final InventoryManagement inventory;
    private final BinManagement bins;
    private final LotTracking lotTracking;
    private final DocumentNumbers numbers;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StocktakeManagement(
            Stocktakes stocktakes,
            Warehouses warehouses,
            StockBalances balances,
            StockLedger ledger,
            InventoryManagement inventory,
            BinManagement bins,
            LotTracking lotTracking,
            DocumentNumbers numbers,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stocktakes = stocktakes;
        this.warehouses = warehouses;
        this.balances = balances;
        this.ledger = ledger;
        this.inventory = inventory;
        this.bins = bins;
        this.lotTracking = lotTracking;
        this.numbers = numbers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** A count sheet for a warehouse, or for one category in it; the book quantities are frozen now. */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public StocktakeView start(Long warehouseId, Long categoryId) {
        return start(warehouseId, categoryId, null);
    }

    /**
     * The same for one bin of the warehouse (the products whose home bin it is; decision 028) when {@code binId} is
     * given. Counts of different bins or categories run side by side; a whole-warehouse count overlaps every other.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public StocktakeView start(Long warehouseId, Long categoryId, Long binId) {
        if (warehouseId == null) {
            throw new BusinessRuleException("warehouseId", "field.required");
        }
        Warehouse w = warehouses
                .findById(warehouseId)
                .filter(Warehouse::isActive)
                .orElseThrow(() -> new BusinessRuleException("warehouseId", "transfer.unknownWarehouse"));
        if (stocktakes.findByWarehouseIdAndStatus(w.getId(), StocktakeStatus.COUNTING).stream()
                .anyMatch(open -> overlaps(open, categoryId, binId))) {
            throw new BusinessRuleException("warehouseId", "stocktake.alreadyCounting", w.getCode());
        }
        List<Long> products = stocktakes.productsToCount(categoryId);
        if (binId != null) {
            var inBin = bins.productsIn(binId);
            if (!inBin.getKey().equals(w.getId())) {
                throw new BusinessRuleException("binId", "stocktake.binOtherWarehouse", w.getCode());
            }
            products = products.stream().filter(inBin.getValue()::contains).toList();
        }
        if (products.isEmpty()) {
            throw new BusinessRuleException("categoryId", "stocktake.nothingToCount");
        }
        Instant frozen = clock.instant();
        Map<Long, BigDecimal> book = new HashMap<>();
        for (int from = 0; from < products.size(); from += 1000) {
            balances.inWarehouse(w.getId(), products.subList(from, Math.min(products.size(), from + 1000)))
                    .forEach(b -> book.put(b.getProductId(), b.getOnHand()));
        }
        Stocktake s = new Stocktake(numbers.nextCommitted("ST"), w.getId(), categoryId, frozen);
        s.countOnly(binId);
        products.forEach(p -> s.add(p, book.getOrDefault(p, BigDecimal.ZERO)));
        return view(stocktakes.saveAndFlush(s));
    }

    /** Enters counted quantities (line id → quantity; an empty value leaves a line uncounted). */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public StocktakeView count(long id, Map<Long, BigDecimal> counted) {
        Stocktake s = counting(id);
        Map<Long, StocktakeLine> byId = s.getLines().stream().collect(Collectors.toMap(StocktakeLine::getId, l -> l));
        Instant now = clock.instant();
        for (var e : (counted == null ? Map.<Long, BigDecimal>of() : counted).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String field = "counted[" + e.getKey() + "]";
            StocktakeLine line = byId.get(e.getKey());
            if (line == null) {
                throw new BusinessRuleException(field, "stocktake.unknownLine");
            }
            BigDecimal q = InventoryManagement.quantity(e.getValue(), field);
            if (q.signum() < 0) {
                throw new BusinessRuleException(field, "stock.countNegative");
            }
            line.count(q, actor(), now);
        }
        stocktakes.flush();
        return view(s);
    }

    /** ADMIN posts the differences of the counted lines as gains and losses. */
    @PreAuthorize("hasRole('ADMIN')")
    public StocktakeView post(long id) {
        Stocktake s = counting(id);
        List<StocktakeLine> counted = s.getLines().stream()
                .filter(l -> l.getCountedQuantity() != null)
                .sorted(Comparator.comparing(StocktakeLine::getProductId))
                .toList();
        if (counted.isEmpty()) {
            throw new BusinessRuleException(null, "stocktake.nothingCounted");
        }
        String note = s.getNumber();
        for (StocktakeLine line : counted) {
            BigDecimal difference = line.difference();
            if (difference.signum() == 0) {
                continue;
            }
            BigDecimal value;
            try {
                var move = ledger.move(
                        line.getProductId(),
                        s.getWarehouseId(),
                        difference,
                        MoveReason.ADJUSTMENT,
                        s.getNumber(),
                        note,
                        actor());
                if (difference.signum() < 0) {
                    lotTracking.lotsOut(move, false, "counted");
                }
                value = move.getValue();
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException(
                        null,
                        "stocktake.lossBelowReserved",
                        inventory.skuOf(line.getProductId()),
                        e.args().length > 0 ? e.args()[0] : "");
            }
            events.publishEvent(new StockCounted(line.getProductId(), s.getWarehouseId(), difference, note, value));
        }
        s.posted(actor(), clock.instant());
        stocktakes.flush();
        return view(s);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public StocktakeView cancel(long id) {
        Stocktake s = counting(id);
        s.cancel();
        stocktakes.flush();
        return view(s);
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER', 'FINANCE')")
    @Transactional(readOnly = true)
    public Page<StocktakeView> stocktakes(StocktakeStatus status, Pageable pageable) {
        Page<Stocktake> page =
                status == null ? stocktakes.findAll(pageable) : stocktakes.findByStatus(status, pageable);
        Map<Long, String> codes = codes();
        // the list shows headers only: counts, not lines
        return page.map(s -> new StocktakeView(
                s.getId(),
                s.getNumber(),
                s.getWarehouseId(),
                codes.get(s.getWarehouseId()),
                s.getCategoryId(),
                s.getBinId(),
                null,
                s.getStatus(),
                s.getFrozenAt(),
                s.getPostedBy(),
                s.getPostedAt(),
                List.of(),
                s.getCreatedBy(),
                s.getCreatedAt(),
                s.getVersion()));
    }

    /** A stocktake with its lines; the book quantities only for those who review (blind for the counters). */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER', 'FINANCE')")
    @Transactional(readOnly = true)
    public StocktakeView stocktake(long id) {
        return view(stocktakes.findById(id).orElseThrow(() -> new RecordNotFoundException("Stocktake", id)));
    }

    private Stocktake counting(long id) {
        Stocktake s = stocktakes.lock(id).orElseThrow(() -> new RecordNotFoundException("Stocktake", id));
        if (s.getStatus() != StocktakeStatus.COUNTING) {
            throw new BusinessRuleException(null, "stocktake.notCounting", s.getNumber());
        }
        return s;
    }

    private Map<Long, String> codes() {
        return warehouses.findAll().stream().collect(Collectors.toMap(Warehouse::getId, Warehouse::getCode));
    }

    /** Two counts of one warehouse overlap unless each counts its own category, or each its own bin. */
    private static boolean overlaps(Stocktake open, Long categoryId, Long binId) {
        boolean openWhole = open.getCategoryId() == null && open.getBinId() == null;
        boolean newWhole = categoryId == null && binId == null;
        if (openWhole || newWhole) {
            return true;
        }
        if (binId != null && open.getBinId() != null) {
            return binId.equals(open.getBinId());
        }
        if (binId == null && open.getBinId() == null) {
            return categoryId.equals(open.getCategoryId());
        }
        return true; // a bin and a category may share products
    }

    private StocktakeView view(Stocktake s) {
        boolean seesBook =
                directory.current().map(u -> u.hasAnyRole(BOOK_READERS)).orElse(true);
        Map<Long, ProductView> products = inventory.productsById(
                s.getLines().stream().map(StocktakeLine::getProductId).collect(Collectors.toSet()));
        var locale = LocaleContextHolder.getLocale();
        Map<Long, String> homeBins = bins.binsOf(s.getWarehouseId(), products.keySet());
        return new StocktakeView(
                s.getId(),
                s.getNumber(),
                s.getWarehouseId(),
                codes().get(s.getWarehouseId()),
                s.getCategoryId(),
                s.getBinId(),
                bins.codeOf(s.getBinId()),
                s.getStatus(),
                s.getFrozenAt(),
                s.getPostedBy(),
                s.getPostedAt(),
                s.getLines().stream()
                        .map(l -> {
                            ProductView p = products.get(l.getProductId());
                            return new StocktakeView.Line(
                                    l.getId(),
                                    l.getProductId(),
                                    p.sku(),
                                    p.name(locale),
                                    p.unit(),
                                    seesBook ? l.getBookQuantity() : null,
                                    l.getCountedQuantity(),
                                    l.getCountedBy(),
                                    l.getCountedAt(),
                                    homeBins.get(l.getProductId()));
                        })
                        // the count sheet walks the bins in order, products without a bin last
                        .sorted(java.util.Comparator.comparing(
                                        StocktakeView.Line::bin,
                                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                                .thenComparing(StocktakeView.Line::sku))
                        .toList(),
                s.getCreatedBy(),
                s.getCreatedAt(),
                s.getVersion());
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
