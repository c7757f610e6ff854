package com.yiti.inventory.internal;

import com.yiti.inventory.MoveReason;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The only code that changes a balance. Each change locks the balance row (SELECT … FOR UPDATE), checks the rule
 * against the locked numbers and writes the balance together with the move or reservation line that explains it, in
 * the caller's transaction. Rules: on hand never below reserved; reserved never below zero.
 */
@Component
public class StockLedger {

    private final StockBalances balances;
    private final StockMoves moves;
    private final Reservations reservations;
    private final Clock clock;
    private final ProductAvailability availability;
    private final ProductValuations valuations;
    private final Products products;

    StockLedger(
            StockBalances balances,
            StockMoves moves,
            Reservations reservations,
            Clock clock,
            ProductAvailability availability,
            ProductValuations valuations,
            Products products) {
        this.balances = balances;
        this.moves = moves;
        this.reservations = reservations;
        this.clock = clock;
        this.availability = availability;
        this.valuations = valuations;
        this.products = products;
    }

    /** A move valued at the product's moving-average cost (transfers: not valued); returns the saved move. */
    public StockMove move(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            MoveReason reason,
            String reference,
            String note,
            String by) {
        return move(productId, warehouseId, quantity, reason, null, reference, note, by);
    }

    /**
     * A move; goods coming in at a known {@code unitCost} (a receipt at the purchase order's price, production output)
     * change the moving-average cost, all else moves at it. Returns the saved move with its value.
     */
    public StockMove move(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            MoveReason reason,
            BigDecimal unitCost,
            String reference,
            String note,
            String by) {
        StockBalance balance = locked(productId, warehouseId);
        if (balance.getOnHand().add(quantity).compareTo(balance.getReserved()) < 0) {
            throw new BusinessRuleException(
                    "quantity", "stock.belowReserved", balance.getReserved().toPlainString());
        }
        tracked(balance, () -> balance.changeOnHand(quantity));
        StockMove move = new StockMove(productId, warehouseId, quantity, reason, reference, note, by, clock.instant());
        if (reason != MoveReason.TRANSFER_OUT && reason != MoveReason.TRANSFER_IN) {
            move.valued(value(productId, quantity, unitCost));
        }
        return moves.save(move);
    }

    /**
     * Values a change of the product's stock at its moving-average cost (or at {@code unitCost} for goods in at a known
     * cost), with the product's valuation row locked. Goods coming in when nothing is valued start from the standard
     * cost when no cost is given (opening stock, a first count).
     */
    private BigDecimal value(long productId, BigDecimal quantity, BigDecimal unitCost) {
        ProductValuation valuation = valuations
                .lock(productId)
                .orElseGet(() -> valuations.saveAndFlush(new ProductValuation(productId, standardCost(productId))));
        BigDecimal cost = unitCost;
        if (cost == null && quantity.signum() > 0 && valuation.empty()) {
            cost = standardCost(productId);
        }
        return valuation.apply(quantity, cost, clock.instant());
    }

    private BigDecimal standardCost(long productId) {
        return products.findById(productId).map(Product::getStandardCost).orElse(BigDecimal.ZERO);
    }

    /** Reserves as much as is available, up to the quantity asked for; returns what was reserved. */
    public BigDecimal reserve(long productId, long warehouseId, BigDecimal quantity, String reference, String by) {
        StockBalance balance = locked(productId, warehouseId);
        BigDecimal granted = balance.available().min(quantity).max(BigDecimal.ZERO);
        if (granted.signum() > 0) {
            tracked(balance, () -> balance.changeReserved(granted));
            reservations.save(new Reservation(productId, warehouseId, reference, granted, by, clock.instant()));
        }
        return granted;
    }

    /**
     * Ships reserved stock: the quantity leaves on hand through a SHIPMENT move and the reservation under the
     * reference shrinks by the same quantity, together. Shipping more than is reserved for the reference is refused.
     */
    public StockMove consume(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            String reservationReference,
            String moveReference,
            String by) {
        return consume(productId, warehouseId, quantity, reservationReference, moveReference, MoveReason.SHIPMENT, by);
    }

    /** The same for another outgoing reason: components issued to a production order. */
    public StockMove consume(
            long productId,
            long warehouseId,
            BigDecimal quantity,
            String reservationReference,
            String moveReference,
            MoveReason reason,
            String by) {
        StockBalance balance = locked(productId, warehouseId);
        BigDecimal reservedForReference = reservations.sumQuantity(productId, warehouseId, reservationReference);
        if (quantity.compareTo(reservedForReference) > 0) {
            throw new BusinessRuleException(
                    "quantity",
                    "shipment.moreThanReserved",
                    reservedForReference.stripTrailingZeros().toPlainString());
        }
        balance.changeReserved(quantity.negate());
        balance.changeOnHand(quantity.negate());
        reservations.save(
                new Reservation(productId, warehouseId, reservationReference, quantity.negate(), by, clock.instant()));
        return moves.save(new StockMove(
                        productId,
                        warehouseId,
                        quantity.negate(),
                        reason,
                        moveReference,
                        reservationReference,
                        by,
                        clock.instant())
                .valued(value(productId, quantity.negate(), null)));
    }

    /** Gives back everything still reserved under a reference; returns the quantity released. */
    public Map<List<Long>, BigDecimal> release(String reference, String by) {
        Map<List<Long>, BigDecimal> open = new LinkedHashMap<>();
        reservations.findByReference(reference).stream()
                .sorted(java.util.Comparator.comparing(Reservation::getProductId)
                        .thenComparing(Reservation::getWarehouseId))
                .forEach(r ->
                        open.merge(List.of(r.getProductId(), r.getWarehouseId()), r.getQuantity(), BigDecimal::add));
        Map<List<Long>, BigDecimal> released = new LinkedHashMap<>();
        for (var e : open.entrySet()) {
            BigDecimal quantity = e.getValue();
            if (quantity.signum() <= 0) {
                continue;
            }
            long productId = e.getKey().get(0);
            long warehouseId = e.getKey().get(1);
            StockBalance balance = locked(productId, warehouseId);
            tracked(balance, () -> balance.changeReserved(quantity.negate()));
            reservations.save(
                    new Reservation(productId, warehouseId, reference, quantity.negate(), by, clock.instant()));
            released.put(e.getKey(), quantity);
        }
        return released;
    }

    /** Changes a balance, telling the availability counts when its available quantity crosses zero. */
    private void tracked(StockBalance balance, Runnable change) {
        boolean available = balance.available().signum() > 0;
        change.run();
        availability.changed(balance, available);
    }

    private StockBalance locked(long productId, long warehouseId) {
        return balances.lock(productId, warehouseId)
                .orElseThrow(() -> new BusinessRuleException("productId", "stock.noSuchBalance"));
    }
}
