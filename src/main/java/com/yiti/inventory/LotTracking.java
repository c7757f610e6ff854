package com.yiti.inventory;

import com.yiti.inventory.internal.Lot;
import com.yiti.inventory.internal.LotBalance;
import com.yiti.inventory.internal.LotBalances;
import com.yiti.inventory.internal.LotLedger;
import com.yiti.inventory.internal.LotMoves;
import com.yiti.inventory.internal.Lots;
import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading lots and serial numbers (decision 027): find one by its number, see where it came from and every move it
 * made, the lots a document carried (a shipment's, for its delivery note), and the lot ledger's invariants. The
 * screens that show a trace are route-guarded; the customer side of a trace is the order module's.
 */
@Service
@Transactional(readOnly = true)
public class LotTracking {

    private final Lots lots;
    private final LotBalances balances;
    private final LotMoves moves;
    private final LotLedger ledger;
    private final Products products;
    private final Warehouses warehouses;
    private final com.yiti.inventory.internal.StockBalances stockBalances;

    LotTracking(
            Lots lots,
            LotBalances balances,
            LotMoves moves,
            LotLedger ledger,
            Products products,
            Warehouses warehouses,
            com.yiti.inventory.internal.StockBalances stockBalances) {
        this.lots = lots;
        this.balances = balances;
        this.moves = moves;
        this.ledger = ledger;
        this.products = products;
        this.warehouses = warehouses;
        this.stockBalances = stockBalances;
    }

    /** Lots and serial numbers whose number starts with what was typed (exact numbers first), newest first. */
    public Page<LotView> search(String q, Pageable pageable) {
        String prefix = q == null ? "" : q.trim();
        Page<Lot> page = lots.numbered(prefix, pageable);
        Map<Long, Product> byId =
                products
                        .findAllById(page.getContent().stream()
                                .map(Lot::getProductId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Product::getId, p -> p));
        return page.map(l -> view(l, byId.get(l.getProductId()), balances.onHandOf(l.getId()), List.of(), List.of()));
    }

    /** One lot with where it is and every move it made. */
    public LotView lot(long id) {
        Lot lot = lots.findById(id).orElseThrow(() -> new RecordNotFoundException("Lot", id));
        Map<Long, String> codes = codes();
        List<LotView.Where> where = balances.findByLotId(id).stream()
                .filter(b -> b.getOnHand().signum() != 0)
                .map(b -> new LotView.Where(b.getWarehouseId(), codes.get(b.getWarehouseId()), b.getOnHand()))
                .toList();
        List<LotView.Move> history = moves.findByLotIdOrderById(id).stream()
                .map(m -> new LotView.Move(
                        m.getReason(),
                        m.getReference(),
                        m.getWarehouseId(),
                        codes.get(m.getWarehouseId()),
                        m.getQuantity(),
                        m.getMovedAt()))
                .toList();
        return view(
                lot,
                products.findById(lot.getProductId()).orElseThrow(),
                where.stream().map(LotView.Where::onHand).reduce(BigDecimal.ZERO, BigDecimal::add),
                where,
                history);
    }

    /**
     * A lot or serial number a document names (a ticket, a customer's return): null when none is named; otherwise it
     * must be a lot of that product, refused at {@code field}.
     */
    public String named(Long productId, String number, String field) {
        String n = number == null ? "" : number.trim();
        if (n.isEmpty()) {
            return null;
        }
        if (productId == null) {
            throw new com.yiti.shared.BusinessRuleException(field, "lot.needsProduct");
        }
        return lots.findByProductIdAndNumber(productId, n)
                .map(Lot::getNumber)
                .orElseThrow(() -> new com.yiti.shared.BusinessRuleException(field, "lot.unknown", n));
    }

    /**
     * Where lots came from, for a list of (product, number) pairs read at once: keyed "productId/number", without
     * quantities or moves.
     */
    public Map<String, LotView> origins(java.util.Collection<Map.Entry<Long, String>> productAndNumber) {
        Map<String, LotView> found = new HashMap<>();
        if (productAndNumber.isEmpty()) {
            return found;
        }
        java.util.Set<String> wanted = productAndNumber.stream()
                .map(e -> e.getKey() + "/" + e.getValue())
                .collect(Collectors.toSet());
        List<Lot> candidates = lots.findByNumberIn(
                productAndNumber.stream().map(Map.Entry::getValue).collect(Collectors.toSet()));
        Map<Long, Product> byId =
                products.findAllById(candidates.stream().map(Lot::getProductId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Product::getId, p -> p));
        for (Lot l : candidates) {
            String key = l.getProductId() + "/" + l.getNumber();
            if (wanted.contains(key)) {
                found.put(key, view(l, byId.get(l.getProductId()), BigDecimal.ZERO, List.of(), List.of()));
            }
        }
        return found;
    }

    /** Lots or serial numbers with exactly this number (a serial is usually one; lots of two products may share). */
    public List<LotView> numbered(String number) {
        return lots.findByNumber(number == null ? "" : number.trim()).stream()
                .map(l -> lot(l.getId()))
                .toList();
    }

    /** Per product: the lots a document's moves carried and how many of each, e.g. a shipment's. */
    public Map<Long, List<Map.Entry<String, BigDecimal>>> carriedBy(String reference, MoveReason reason) {
        Map<Long, List<Map.Entry<String, BigDecimal>>> byProduct = new HashMap<>();
        for (var e : ledger.carriedBy(reference, reason)) {
            byProduct
                    .computeIfAbsent(e.getKey().getProductId(), k -> new ArrayList<>())
                    .add(Map.entry(e.getKey().getNumber(), e.getValue()));
        }
        return byProduct;
    }

    /** A move out of a tracked product shared out to its lots (transfers: lots first; count losses: lots last). */
    @Transactional
    void lotsOut(com.yiti.inventory.internal.StockMove move, boolean lotsFirst, String field) {
        BigDecimal onHand = stockBalances
                .findByProductIdAndWarehouseId(move.getProductId(), move.getWarehouseId())
                .map(com.yiti.inventory.internal.StockBalance::getOnHand)
                .orElse(BigDecimal.ZERO);
        ledger.out(product(move.getProductId()), move, onHand, null, lotsFirst, field);
    }

    /** Goods arriving from a transfer under the lots that left with it. */
    @Transactional
    void lotsTransferredIn(com.yiti.inventory.internal.StockMove move, String transferNumber) {
        ledger.transferIn(product(move.getProductId()), move, transferNumber);
    }

    private Product product(long id) {
        return products.findById(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
    }

    /**
     * What shipments carried, by shipment number and product: "L2405 × 3" for a lot, the number alone for a serial
     * (one read for a whole list of shipments).
     */
    public Map<String, Map<Long, List<String>>> shipped(java.util.Collection<String> shipmentNumbers) {
        Map<String, Map<Long, List<String>>> result = new HashMap<>();
        if (shipmentNumbers.isEmpty()) {
            return result;
        }
        List<Object[]> rows = moves.byReferences(shipmentNumbers, MoveReason.SHIPMENT);
        Map<Long, Lot> byId = lots
                .findAllById(rows.stream().map(r -> (Long) r[1]).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Lot::getId, l -> l));
        for (Object[] r : rows) {
            Lot lot = byId.get((Long) r[1]);
            BigDecimal q = ((BigDecimal) r[2]).negate();
            result.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .computeIfAbsent(lot.getProductId(), k -> new ArrayList<>())
                    .add(
                            lot.isSerial()
                                    ? lot.getNumber()
                                    : lot.getNumber() + " × "
                                            + q.stripTrailingZeros().toPlainString());
        }
        return result;
    }

    /**
     * The lot ledger's invariants: every lot balance is the sum of its moves and never negative; the lots of a product
     * in a warehouse never hold more than is on hand there; a serial number is on hand in one unit in one place, or
     * nowhere.
     */
    public List<String> violations() {
        List<String> v = new ArrayList<>();
        for (LotBalance b : balances.findAll()) {
            if (b.getOnHand().signum() < 0) {
                v.add("lot " + b.getLotId() + " warehouse " + b.getWarehouseId() + ": negative");
            }
            if (moves.sumQuantity(b.getLotId(), b.getWarehouseId()).compareTo(b.getOnHand()) != 0) {
                v.add("lot " + b.getLotId() + " warehouse " + b.getWarehouseId() + ": not the sum of its moves");
            }
        }
        for (Object[] r : balances.lottedByBalance()) {
            BigDecimal onHand = stockBalances
                    .findByProductIdAndWarehouseId((Long) r[0], (Long) r[1])
                    .map(com.yiti.inventory.internal.StockBalance::getOnHand)
                    .orElse(BigDecimal.ZERO);
            if (((BigDecimal) r[2]).compareTo(onHand) > 0) {
                v.add("product " + r[0] + " warehouse " + r[1] + ": lots hold " + r[2] + " of " + onHand);
            }
        }
        balances.serialsOutOfPlace().forEach(r -> v.add("serial lot " + r[0] + ": " + r[1] + " on hand"));
        return v;
    }

    private Map<Long, String> codes() {
        return warehouses.findAll().stream()
                .collect(Collectors.toMap(
                        com.yiti.inventory.internal.Warehouse::getId, com.yiti.inventory.internal.Warehouse::getCode));
    }

    private static LotView view(
            Lot l, Product p, BigDecimal onHand, List<LotView.Where> where, List<LotView.Move> history) {
        Locale locale = LocaleContextHolder.getLocale();
        return new LotView(
                l.getId(),
                l.getProductId(),
                p.getSku(),
                "zh".equals(locale.getLanguage()) ? p.getNameZh() : p.getNameEn(),
                l.getNumber(),
                l.isSerial(),
                l.getExpiryDate(),
                l.getOriginReason(),
                l.getOriginReference(),
                l.getSupplierId(),
                l.getSupplierName(),
                l.getPurchaseOrderNumber(),
                onHand,
                l.getCreatedAt(),
                where,
                history);
    }
}
