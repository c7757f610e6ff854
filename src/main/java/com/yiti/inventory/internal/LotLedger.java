package com.yiti.inventory.internal;

import com.yiti.inventory.LotIn;
import com.yiti.inventory.LotOrigin;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.Tracking;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Lots and serial numbers beside the stock ledger (decision 027). Every stock move of a tracked product is shared out
 * to its lots here, in the same transaction, with the lot balances locked: goods in under the lots given, goods out
 * first expiring first (FEFO) or from the lots named. Stock of a tracked product that came in before it was tracked
 * (or was counted in) has no lot: lots never hold more than is on hand, and what is not in a lot is taken last by
 * shipments and first by count losses. A serial number is on hand in one unit in one place, or nowhere.
 */
@Component
public class LotLedger {

    private static final String NUMBER = "[A-Za-z0-9][A-Za-z0-9._/-]{0,59}";

    private final Lots lots;
    private final LotBalances balances;
    private final LotMoves moves;
    private final Clock clock;

    LotLedger(Lots lots, LotBalances balances, LotMoves moves, Clock clock) {
        this.lots = lots;
        this.balances = balances;
        this.moves = moves;
        this.clock = clock;
    }

    /** Goods in under these lots (their quantities add up to the move's); a serial number comes in one unit. */
    public void in(Product product, StockMove move, List<LotIn> given, LotOrigin origin, String field, String by) {
        if (given == null || given.isEmpty()) {
            return;
        }
        check(product, move.getQuantity(), given, field);
        boolean serial = product.getTracking() == Tracking.SERIAL;
        for (LotIn l : given) {
            String number = l.number().trim();
            Lot lot = lots.findByProductIdAndNumber(product.getId(), number)
                    .orElseGet(() -> lots.saveAndFlush(new Lot(
                            product.getId(),
                            number,
                            serial,
                            l.expiryDate(),
                            move.getReason(),
                            move.getReference(),
                            origin,
                            by,
                            clock.instant())));
            add(lot, product.getId(), move, l.quantity());
        }
    }

    /**
     * The lots given for goods coming in: the product is tracked, numbers are valid and not given twice, a serial
     * number is one unit and not already in stock, and the quantities add up.
     */
    private void check(Product product, BigDecimal quantity, List<LotIn> given, String field) {
        if (product.getTracking() == Tracking.NONE) {
            throw new BusinessRuleException(field, "lot.notTracked", product.getSku());
        }
        boolean serial = product.getTracking() == Tracking.SERIAL;
        BigDecimal total = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (LotIn l : given) {
            String number = l.number() == null ? "" : l.number().trim();
            if (!number.matches(NUMBER)) {
                throw new BusinessRuleException(field, "lot.numberPattern", number);
            }
            if (!seen.add(number)) {
                throw new BusinessRuleException(field, "lot.numberTwice", number);
            }
            if (l.quantity() == null || l.quantity().signum() <= 0) {
                throw new BusinessRuleException(field, "stock.quantityPositive");
            }
            if (serial && l.quantity().compareTo(BigDecimal.ONE) != 0) {
                throw new BusinessRuleException(field, "lot.serialIsOne", number);
            }
            total = total.add(l.quantity());
        }
        if (total.compareTo(quantity) != 0) {
            throw new BusinessRuleException(
                    field,
                    serial ? "lot.serialCount" : "lot.quantitiesDiffer",
                    quantity.stripTrailingZeros().toPlainString(),
                    total.stripTrailingZeros().toPlainString());
        }
        if (serial) {
            for (LotIn l : given) {
                String number = l.number().trim();
                lots.findByProductIdAndNumber(product.getId(), number)
                        .filter(lot -> balances.onHandOf(lot.getId()).signum() > 0)
                        .ifPresent(lot -> {
                            throw new BusinessRuleException(field, "lot.serialInStock", number);
                        });
            }
        }
    }

    /**
     * Goods out of a warehouse, shared out to lots: from the lots named first (a serial number the warehouse scanned),
     * then, when {@code lotsFirst} (shipments, transfers, returns to the supplier), first expiring first; otherwise
     * (a count loss) from what is not in a lot first. Lots never keep more than {@code onHandAfter}.
     */
    public void out(
            Product product,
            StockMove move,
            BigDecimal onHandAfter,
            List<String> named,
            boolean lotsFirst,
            String field) {
        if (product.getTracking() == Tracking.NONE && (named == null || named.isEmpty())) {
            return;
        }
        BigDecimal quantity = move.getQuantity().negate();
        List<LotBalance> here = balances.pickOrder(product.getId(), move.getWarehouseId());
        BigDecimal lotted = here.stream().map(LotBalance::getOnHand).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fromLots =
                lotsFirst ? quantity.min(lotted) : lotted.subtract(onHandAfter).max(BigDecimal.ZERO);
        Map<Long, BigDecimal> taken = new LinkedHashMap<>();
        if (named != null && !named.isEmpty()) {
            Map<String, LotBalance> byNumber = new java.util.HashMap<>();
            Map<Long, LotBalance> byLot =
                    here.stream().collect(java.util.stream.Collectors.toMap(LotBalance::getLotId, x -> x));
            lots.findAllById(byLot.keySet()).forEach(l -> byNumber.put(l.getNumber(), byLot.get(l.getId())));
            for (String n : named) {
                String number = n == null ? "" : n.trim();
                if (number.isEmpty()) {
                    continue;
                }
                LotBalance b = byNumber.get(number);
                if (b == null) {
                    throw new BusinessRuleException(field, "lot.notHere", number);
                }
                BigDecimal q = b.getOnHand().subtract(taken.getOrDefault(b.getLotId(), BigDecimal.ZERO));
                q = q.min(quantity.subtract(sum(taken)));
                if (q.signum() <= 0) {
                    throw new BusinessRuleException(field, "lot.moreThanNeeded", number);
                }
                taken.merge(b.getLotId(), q, BigDecimal::add);
            }
            fromLots = fromLots.max(sum(taken));
        }
        for (LotBalance b : here) {
            BigDecimal still = fromLots.subtract(sum(taken));
            if (still.signum() <= 0) {
                break;
            }
            BigDecimal free = b.getOnHand().subtract(taken.getOrDefault(b.getLotId(), BigDecimal.ZERO));
            if (free.signum() > 0) {
                taken.merge(b.getLotId(), free.min(still), BigDecimal::add);
            }
        }
        for (var e : taken.entrySet()) {
            Lot lot = lots.findById(e.getKey()).orElseThrow();
            add(lot, product.getId(), move, e.getValue().negate());
        }
    }

    /** Goods arriving from a transfer take the lots that left with it and have not arrived yet, oldest lot first. */
    public void transferIn(Product product, StockMove move, String transferNumber) {
        if (product.getTracking() == Tracking.NONE) {
            return;
        }
        Map<Long, BigDecimal> inTransit = new LinkedHashMap<>();
        for (Object[] r : moves.byReference(transferNumber, MoveReason.TRANSFER_OUT)) {
            inTransit.merge((Long) r[0], ((BigDecimal) r[1]).negate(), BigDecimal::add);
        }
        for (Object[] r : moves.byReference(transferNumber, MoveReason.TRANSFER_IN)) {
            inTransit.merge((Long) r[0], ((BigDecimal) r[1]).negate(), BigDecimal::add);
        }
        BigDecimal still = move.getQuantity();
        for (var e : inTransit.entrySet()) {
            Lot lot = lots.findById(e.getKey()).orElseThrow();
            if (!lot.getProductId().equals(product.getId()) || e.getValue().signum() <= 0 || still.signum() <= 0) {
                continue;
            }
            BigDecimal q = e.getValue().min(still);
            add(lot, product.getId(), move, q);
            still = still.subtract(q);
        }
    }

    /** The lots a document's moves took (e.g. a shipment's), with the quantity of each (positive). */
    public List<Map.Entry<Lot, BigDecimal>> carriedBy(String reference, MoveReason reason) {
        List<Map.Entry<Lot, BigDecimal>> result = new ArrayList<>();
        for (Object[] r : moves.byReference(reference, reason)) {
            lots.findById((Long) r[0]).ifPresent(l -> result.add(Map.entry(l, ((BigDecimal) r[1]).abs())));
        }
        return result;
    }

    private void add(Lot lot, Long productId, StockMove move, BigDecimal quantity) {
        LotBalance balance = balances.lock(lot.getId(), move.getWarehouseId())
                .orElseGet(() -> balances.saveAndFlush(new LotBalance(lot.getId(), productId, move.getWarehouseId())));
        balance.change(quantity);
        moves.save(new LotMove(lot.getId(), move, quantity));
    }

    private static BigDecimal sum(Map<Long, BigDecimal> taken) {
        return taken.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
