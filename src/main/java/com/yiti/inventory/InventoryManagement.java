package com.yiti.inventory;

import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.ProductAvailability;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.Reservations;
import com.yiti.inventory.internal.StockBalance;
import com.yiti.inventory.internal.StockBalances;
import com.yiti.inventory.internal.StockLedger;
import com.yiti.inventory.internal.StockMove;
import com.yiti.inventory.internal.StockMoves;
import com.yiti.inventory.internal.Warehouse;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products, warehouses and the stock ledger. Prices are shown only to roles that may see them (not WAREHOUSE or
 * SERVICE alone). Other modules reserve, release and move stock through here, inside their own transaction.
 */
@Service
@Transactional
public class InventoryManagement {

    private static final Set<Role> PRICE_READERS = Set.of(
            Role.ADMIN,
            Role.MANAGER,
            Role.SALES_REP,
            Role.SALES_MANAGER,
            Role.PURCHASING,
            Role.PRODUCTION,
            Role.FINANCE);
    /** Costs and margins are not for sales reps (brief: they never see costs); every other price reader sees them. */
    private static final Set<Role> COST_READERS =
            Set.of(Role.ADMIN, Role.MANAGER, Role.SALES_MANAGER, Role.PURCHASING, Role.PRODUCTION, Role.FINANCE);

    private static final int QUANTITY_SCALE = 3;

    private final Products products;
    private final Warehouses warehouses;
    private final StockBalances balances;
    private final StockMoves moves;
    private final Reservations reservations;
    private final StockLedger ledger;
    private final UserDirectory directory;
    private final java.time.Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ProductAvailability availability;
    private final com.yiti.inventory.internal.LotLedger lotLedger;

    InventoryManagement(
            Products products,
            Warehouses warehouses,
            StockBalances balances,
            StockMoves moves,
            Reservations reservations,
            StockLedger ledger,
            UserDirectory directory,
            java.time.Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            ProductAvailability availability,
            com.yiti.inventory.internal.LotLedger lotLedger) {
        this.lotLedger = lotLedger;
        this.products = products;
        this.warehouses = warehouses;
        this.balances = balances;
        this.moves = moves;
        this.reservations = reservations;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
        this.availability = availability;
    }

    // ---- products ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<ProductView> products(ProductFilter filter, Pageable pageable) {
        boolean prices = canSeePrices();
        boolean costs = canSeeCosts();
        return products.findAll(productSpec(filter), pageable).map(p -> view(p, prices, costs));
    }

    @Transactional(readOnly = true)
    public ProductView product(long id) {
        return view(
                products.findById(id).orElseThrow(() -> new RecordNotFoundException("Product", id)),
                canSeePrices(),
                canSeeCosts());
    }

    /** The warehouses orders, purchase and production orders choose from (never the quarantine location). */
    @Transactional(readOnly = true)
    public List<WarehouseView> warehouses() {
        return locations().stream().filter(w -> !w.quarantine() && w.active()).toList();
    }

    /** Every stock location, the quarantine location included: for stock lists, moves and counts. */
    @Transactional(readOnly = true)
    public List<WarehouseView> locations() {
        // a page's panels (orders, quotations) each offer the warehouses: read once per request
        Map<String, List<WarehouseView>> memo = com.yiti.shared.RequestMemo.of(LOCATIONS_MEMO);
        if (memo != null && memo.containsKey(LOCATIONS_MEMO)) {
            return memo.get(LOCATIONS_MEMO);
        }
        List<WarehouseView> all = warehouses.findAllByOrderByCode().stream()
                .map(InventoryManagement::view)
                .toList();
        if (memo != null) {
            memo.put(LOCATIONS_MEMO, all);
        }
        return all;
    }

    static WarehouseView view(Warehouse w) {
        return new WarehouseView(
                w.getId(), w.getCode(), w.getName(), w.isQuarantine(), w.getAddress(), w.isActive(), w.getVersion());
    }

    static void forgetLocations() {
        com.yiti.shared.RequestMemo.forget(LOCATIONS_MEMO);
    }

    private static final String LOCATIONS_MEMO = InventoryManagement.class.getName() + ".locations";

    /** Where returned goods wait for inspection: on hand there, never available. */
    @Transactional(readOnly = true)
    public WarehouseView quarantineLocation() {
        return warehouses
                .findFirstByQuarantineTrueOrderByCode()
                .map(InventoryManagement::view)
                .orElseThrow(() -> new IllegalStateException("no quarantine location (migration inventory-002)"));
    }

    // ---- stock -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<StockBalanceView> balances(String q, Long warehouseId, boolean belowReorderOnly, Pageable pageable) {
        Specification<StockBalance> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (warehouseId != null) {
                p.add(cb.equal(root.get("warehouseId"), warehouseId));
            }
            if (q != null && !q.isBlank()) {
                var sub = query.subquery(Long.class);
                var product = sub.from(Product.class);
                String like = "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
                sub.select(product.get("id"))
                        .where(cb.or(
                                cb.like(cb.lower(product.get("sku")), like),
                                cb.like(cb.lower(product.get("nameZh")), like),
                                cb.like(cb.lower(product.get("nameEn")), like)));
                p.add(root.get("productId").in(sub));
            }
            if (belowReorderOnly) {
                p.add(stockingLocation(root, query, cb));
                var sub = query.subquery(Long.class);
                var product = sub.from(Product.class);
                sub.select(product.get("id"))
                        .where(
                                cb.lessThan(
                                        cb.diff(root.<BigDecimal>get("onHand"), root.<BigDecimal>get("reserved")),
                                        product.<BigDecimal>get("reorderPoint")),
                                cb.equal(product.get("id"), root.get("productId")));
                p.add(cb.exists(sub));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        return balancePage(balances.findAll(spec, pageable));
    }

    /** Balances in a real warehouse: quarantined stock is neither available nor low. */
    private static Predicate stockingLocation(
            jakarta.persistence.criteria.Root<StockBalance> root,
            jakarta.persistence.criteria.CriteriaQuery<?> query,
            jakarta.persistence.criteria.CriteriaBuilder cb) {
        var sub = query.subquery(Long.class);
        var w = sub.from(Warehouse.class);
        sub.select(w.get("id")).where(cb.isFalse(w.get("quarantine")));
        return root.get("warehouseId").in(sub);
    }

    private Page<StockBalanceView> balancePage(Page<StockBalance> page) {
        Map<Long, Product> productsById = byId(products.findAllById(
                page.getContent().stream().map(StockBalance::getProductId).collect(Collectors.toSet())));
        Map<Long, Warehouse> warehousesById =
                warehouses.findAll().stream().collect(Collectors.toMap(Warehouse::getId, Function.identity()));
        return new PageImpl<>(
                page.getContent().stream()
                        .map(b -> balanceView(
                                b, productsById.get(b.getProductId()), warehousesById.get(b.getWarehouseId())))
                        .toList(),
                page.getPageable(),
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public StockBalanceView balance(long productId, long warehouseId) {
        StockBalance b = balances.findByProductIdAndWarehouseId(productId, warehouseId)
                .orElseThrow(() -> new RecordNotFoundException("StockBalance", productId + "/" + warehouseId));
        return balanceView(
                b,
                products.findById(productId).orElseThrow(),
                warehouses.findById(warehouseId).orElseThrow());
    }

    /**
     * A count correction (or the opening stock of a balance): the counted quantity becomes on hand, through an
     * ADJUSTMENT move of the difference, and {@link StockCounted} in this transaction (journal, waiting orders).
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public StockBalanceView adjust(long productId, long warehouseId, BigDecimal counted, String note) {
        if (counted == null || counted.signum() < 0) {
            throw new BusinessRuleException("counted", "stock.countNegative");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("note", "stock.adjustReasonRequired");
        }
        if (note.trim().length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        Product product = checkStocked(productId);
        BigDecimal quantity = quantity(counted, "counted");
        BigDecimal onHand = balance(productId, warehouseId).onHand();
        BigDecimal delta = quantity.subtract(onHand);
        if (delta.signum() != 0) {
            StockMove move =
                    ledger.move(productId, warehouseId, delta, MoveReason.ADJUSTMENT, null, note.trim(), actor());
            if (delta.signum() < 0) {
                lotLedger.out(product, move, quantity, null, false, "counted");
            }
            BigDecimal value = move.getValue();
            events.publishEvent(new StockCounted(productId, warehouseId, delta, note.trim(), value));
        }
        return balance(productId, warehouseId);
    }

    /**
     * Stock coming in (receipt, production output, return): a positive move, then {@link StockArrived} inside this
     * transaction so waiting demand can reserve the new stock before anyone else sees it.
     */
    public StockBalanceView receive(
            long productId, long warehouseId, BigDecimal quantity, MoveReason reason, String reference) {
        return receive(productId, warehouseId, quantity, reason, null, reference);
    }

    /**
     * Stock coming in at a known cost per unit (a purchase receipt at the order's price, production output at its
     * cost): the moving-average cost follows it (decision 025). Without a cost the goods come in at the average.
     */
    public StockBalanceView receive(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            MoveReason reason,
            BigDecimal unitCost,
            String reference) {
        return receive(productId, warehouseId, quantity, reason, unitCost, reference, List.of(), null, "lots");
    }

    /**
     * Stock coming in under lots or serial numbers (decision 027): their quantities add up to the quantity, a serial
     * number not already in stock; {@code origin} names the supplier and purchase order on the lots of a receipt.
     * Refusals land at {@code lotField}.
     */
    public StockBalanceView receive(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            MoveReason reason,
            BigDecimal unitCost,
            String reference,
            List<LotIn> lots,
            LotOrigin origin,
            String lotField) {
        if (reason == MoveReason.SHIPMENT || reason == MoveReason.ADJUSTMENT) {
            throw new IllegalArgumentException("receive takes incoming reasons only");
        }
        if (unitCost != null && unitCost.signum() < 0) {
            throw new BusinessRuleException("unitCost", "product.priceNegative");
        }
        Product product = checkStocked(productId);
        BigDecimal q = positive(quantity);
        StockMove move = ledger.move(productId, warehouseId, q, reason, unitCost, reference, null, actor());
        lotLedger.in(product, move, lots, origin, lotField, actor());
        BigDecimal value = move.getValue();
        events.publishEvent(new StockArrived(productId, warehouseId, q, reason, reference, value));
        return balance(productId, warehouseId);
    }

    /**
     * Ships stock reserved under a reservation reference (an order line): a SHIPMENT move referencing the shipment
     * document, and the reservation shrinks with it. More than is reserved for the reference is refused.
     */
    public void ship(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            String reservationReference,
            String shipmentReference) {
        ship(productId, warehouseId, quantity, reservationReference, shipmentReference, List.of());
    }

    /**
     * The same, taking the lots or serial numbers the warehouse named (scanned) first and then first expiring first;
     * the shipment's lots are on its moves for the delivery note and every trace.
     */
    public void ship(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            String reservationReference,
            String shipmentReference,
            List<String> lotNumbers) {
        Product product = checkStocked(productId);
        StockMove move = ledger.consume(
                productId, warehouseId, positive(quantity), reservationReference, shipmentReference, actor());
        if (product.getTracking() != Tracking.NONE || (lotNumbers != null && !lotNumbers.isEmpty())) {
            lotLedger.out(product, move, balance(productId, warehouseId).onHand(), lotNumbers, true, "lots");
        }
    }

    /**
     * Issues components reserved under a reference to a production order (领料): a PRODUCTION_ISSUE move at the
     * moving-average cost, the reservation shrinks with it, {@link StockIssued} follows in this transaction. Answers
     * the value that left stock. More than is reserved for the reference is refused.
     */
    public BigDecimal issue(
            long productId, long warehouseId, BigDecimal quantity, String reservationReference, String moveReference) {
        Product product = checkStocked(productId);
        BigDecimal q = positive(quantity);
        StockMove move = ledger.consume(
                productId, warehouseId, q, reservationReference, moveReference, MoveReason.PRODUCTION_ISSUE, actor());
        if (product.getTracking() != Tracking.NONE) {
            lotLedger.out(product, move, balance(productId, warehouseId).onHand(), List.of(), true, "lots");
        }
        BigDecimal value =
                move.getValue() == null ? BigDecimal.ZERO : move.getValue().negate();
        events.publishEvent(new StockIssued(productId, warehouseId, q, moveReference, value));
        return value;
    }

    /** What is still reserved under a reference (reserved and not yet shipped or released). */
    @Transactional(readOnly = true)
    public BigDecimal reservedFor(String reference) {
        return reservations.sumForReference(reference);
    }

    /** Products by id, for documents that show their lines (prices as the reader may see them). */
    @Transactional(readOnly = true)
    public Map<Long, ProductView> productsById(java.util.Collection<Long> ids) {
        // within one request each product is read once: an order's lines, its confirmation and its answer ask again
        // (remembered per visibility of prices and costs, should the request act for someone else meanwhile)
        boolean prices = canSeePrices();
        boolean costs = canSeeCosts();
        String visibility = prices + "/" + costs + "/";
        Map<String, ProductView> memo = com.yiti.shared.RequestMemo.of(PRODUCTS_MEMO);
        Map<Long, ProductView> found = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            ProductView known = memo == null || id == null ? null : memo.get(visibility + id);
            if (known != null) {
                found.put(id, known);
            } else if (id != null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (Product p : products.findAllById(missing)) {
                ProductView v = view(p, prices, costs);
                found.put(p.getId(), v);
                if (memo != null) {
                    memo.put(visibility + p.getId(), v);
                }
            }
        }
        return found;
    }

    static final String PRODUCTS_MEMO = InventoryManagement.class.getName() + ".products";

    /** Product types by id (whoever asks: for postings that treat services apart). */
    @Transactional(readOnly = true)
    public Map<Long, ProductType> productTypes(java.util.Collection<Long> ids) {
        return products.findAllById(ids).stream().collect(Collectors.toMap(Product::getId, Product::getType));
    }

    /** Product ids by SKU (as typed: upper-cased and trimmed); SKUs that name no product are missing from the map. */
    @Transactional(readOnly = true)
    public Map<String, Long> productIdsBySku(java.util.Collection<String> skus) {
        List<String> wanted = skus.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        return wanted.isEmpty()
                ? Map.of()
                : products.findBySkuIn(wanted).stream().collect(Collectors.toMap(Product::getSku, Product::getId));
    }

    /** A product's SKU (for references in postings made without a screen). */
    @Transactional(readOnly = true)
    public String skuOf(long productId) {
        return products.findById(productId)
                .map(Product::getSku)
                .orElseThrow(() -> new RecordNotFoundException("Product", productId));
    }

    /**
     * Standard costs by product, whoever asks: for accounting postings made inside a warehouse user's transaction
     * (the cost of a shipment), never shown on a screen.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> standardCosts(java.util.Collection<Long> ids) {
        return products.findAllById(ids).stream().collect(Collectors.toMap(Product::getId, Product::getStandardCost));
    }

    /**
     * Reorder suggestions: balances of made or bought products whose available stock is below the reorder point,
     * with the reorder quantity as the suggested amount.
     */
    @Transactional(readOnly = true)
    public Page<StockBalanceView> belowReorderPoint(ProductType type, Pageable pageable) {
        Specification<StockBalance> spec = (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var product = sub.from(Product.class);
            sub.select(product.get("id"))
                    .where(
                            cb.lessThan(
                                    cb.diff(root.<BigDecimal>get("onHand"), root.<BigDecimal>get("reserved")),
                                    product.<BigDecimal>get("reorderPoint")),
                            cb.equal(product.get("type"), type),
                            cb.isTrue(product.get("active")),
                            cb.equal(product.get("id"), root.get("productId")));
            return cb.and(cb.exists(sub), stockingLocation(root, query, cb));
        };
        return balancePage(balances.findAll(spec, pageable));
    }

    /**
     * Sets stock aside for a reference (an order line), as much as is available up to the quantity; returns what was
     * reserved. Available stock never goes negative, however many callers reserve at the same moment.
     */
    public BigDecimal reserve(long productId, long warehouseId, BigDecimal quantity, String reference) {
        checkStocked(productId);
        if (warehouses.findById(warehouseId).map(Warehouse::isQuarantine).orElse(false)) {
            throw new BusinessRuleException("warehouseId", "stock.quarantineNotAvailable");
        }
        return ledger.reserve(productId, warehouseId, positive(quantity), reference, actor());
    }

    /** Stocked products with nothing available in any warehouse (quarantine aside): usually few. */
    @Transactional(readOnly = true)
    public List<Long> productsWithoutAvailable() {
        return availability.productsWithoutAvailable();
    }

    /**
     * Releases everything still reserved under a reference; returns the quantity released. {@link StockReleased} is
     * published in this transaction, so call it after the releasing document stopped waiting for the stock.
     */
    public BigDecimal release(String reference) {
        BigDecimal total = BigDecimal.ZERO;
        for (var e : ledger.release(reference, actor()).entrySet()) {
            total = total.add(e.getValue());
            events.publishEvent(new StockReleased(e.getKey().get(0), e.getKey().get(1), e.getValue(), reference));
        }
        return total;
    }

    /**
     * The ledger's invariants, for tests and health checks: for every balance, on hand = the sum of its moves,
     * reserved = the sum of its reservation lines, and 0 ≤ reserved ≤ on hand. Returns the violations.
     */
    @Transactional(readOnly = true)
    public List<String> ledgerViolations() {
        List<String> violations = new ArrayList<>();
        for (StockBalance b : balances.findAll()) {
            String where = "product " + b.getProductId() + " warehouse " + b.getWarehouseId();
            if (moves.sumQuantity(b.getProductId(), b.getWarehouseId()).compareTo(b.getOnHand()) != 0) {
                violations.add(where + ": on hand is not the sum of moves");
            }
            if (reservations.sumQuantity(b.getProductId(), b.getWarehouseId()).compareTo(b.getReserved()) != 0) {
                violations.add(where + ": reserved is not the sum of reservations");
            }
            if (b.getReserved().signum() < 0 || b.getReserved().compareTo(b.getOnHand()) > 0) {
                violations.add(where + ": reserved outside 0..on hand");
            }
        }
        return violations;
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private Product checkStocked(long productId) {
        Product p = products.findById(productId).orElseThrow(() -> new RecordNotFoundException("Product", productId));
        if (p.getType() == ProductType.SERVICE) {
            throw new BusinessRuleException("productId", "stock.serviceNotStocked");
        }
        return p;
    }

    private static BigDecimal positive(BigDecimal quantity) {
        BigDecimal q = quantity(quantity, "quantity");
        if (q.signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        return q;
    }

    static BigDecimal quantity(BigDecimal quantity, String field) {
        if (quantity == null) {
            throw new BusinessRuleException(field, "field.required");
        }
        if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new BusinessRuleException(field, "stock.quantityScale", QUANTITY_SCALE);
        }
        return quantity.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private boolean canSeePrices() {
        return directory.current().map(u -> u.hasAnyRole(PRICE_READERS)).orElse(true);
    }

    /** Whether the signed-in user may see costs (screens show cost columns by it). */
    public boolean canSeeCosts() {
        return directory.current().map(u -> u.hasAnyRole(COST_READERS)).orElse(true);
    }

    private static Specification<Product> productSpec(ProductFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().trim().toLowerCase(Locale.ROOT) + "%";
                p.add(cb.or(
                        cb.like(cb.lower(root.get("sku")), like),
                        cb.like(cb.lower(root.get("nameZh")), like),
                        cb.like(cb.lower(root.get("nameEn")), like)));
            }
            if (f.type() != null) {
                p.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.active() != null) {
                p.add(cb.equal(root.get("active"), f.active()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static Map<Long, Product> byId(List<Product> list) {
        return list.stream().collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    private static StockBalanceView balanceView(StockBalance b, Product p, Warehouse w) {
        return new StockBalanceView(
                p.getId(),
                p.getSku(),
                p.getNameZh(),
                p.getNameEn(),
                p.getUnit(),
                w.getId(),
                w.getCode(),
                b.getOnHand(),
                b.getReserved(),
                p.getReorderPoint());
    }

    static ProductView view(Product p, boolean prices, boolean costs) {
        return new ProductView(
                p.getId(),
                p.getSku(),
                p.getNameZh(),
                p.getNameEn(),
                p.getUnit(),
                p.getType(),
                prices ? p.getListPrice() : null,
                prices && costs ? p.getStandardCost() : null,
                p.getTaxRate(),
                p.getLeadTimeDays(),
                p.getReorderPoint(),
                p.getReorderQuantity(),
                p.isActive(),
                p.getVersion(),
                p.getCategoryId(),
                p.getTracking());
    }
}
