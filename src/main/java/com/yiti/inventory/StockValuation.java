package com.yiti.inventory;

import com.yiti.inventory.internal.ProductValuation;
import com.yiti.inventory.internal.ProductValuations;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.StockMoves;
import com.yiti.inventory.internal.Transfers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the stock is worth (decision 025): a moving-average cost per product over every warehouse, changed by goods
 * coming in at a known cost (purchase receipts at the order's price, production output) and carried by every other
 * move. Costs are read here for postings and margins made inside other users' transactions (a warehouse user's
 * shipment), never shown to those who may not see costs: screens show them through {@link InventoryManagement}.
 */
@Service
@Transactional(readOnly = true)
public class StockValuation {

    private final ProductValuations valuations;
    private final Products products;
    private final StockMoves moves;
    private final Transfers transfers;

    StockValuation(ProductValuations valuations, Products products, StockMoves moves, Transfers transfers) {
        this.valuations = valuations;
        this.products = products;
        this.moves = moves;
        this.transfers = transfers;
    }

    /** Stock at cost: on hand in every location (quarantine included) and in transit between warehouses. */
    public BigDecimal stockValue() {
        return valuations.totalValue().setScale(2, RoundingMode.HALF_UP);
    }

    /** What a unit moved now costs, by product: the moving average, or the standard cost where nothing was valued. */
    public Map<Long, BigDecimal> averageCosts(Collection<Long> productIds) {
        Map<Long, BigDecimal> costs = new HashMap<>();
        products.findAllById(productIds).forEach(p -> costs.put(p.getId(), p.getStandardCost()));
        valuations.findAllById(productIds).forEach(v -> costs.put(v.getProductId(), v.getAverageCost()));
        return costs;
    }

    /** What the moves of a document took from (negative) or added to the stock value, e.g. a shipment's. */
    public BigDecimal movedValue(MoveReason reason, String reference) {
        return moves.sumValue(reason, reference);
    }

    /**
     * The valuation's invariant, for tests and health checks: each product's valued quantity is what is on hand in
     * every warehouse plus what is in transit, and nothing is valued below zero.
     */
    public List<String> violations() {
        Map<Long, BigDecimal> expected = new HashMap<>();
        moves.onHandByProduct().forEach(r -> expected.merge((Long) r[0], (BigDecimal) r[1], BigDecimal::add));
        transfers.inTransitByProduct().forEach(r -> expected.merge((Long) r[0], (BigDecimal) r[1], BigDecimal::add));
        Map<Long, ProductValuation> valued =
                valuations.findAll().stream().collect(Collectors.toMap(ProductValuation::getProductId, v -> v));
        List<String> violations = new ArrayList<>();
        expected.forEach((productId, quantity) -> {
            BigDecimal v = valued.containsKey(productId) ? valued.get(productId).getQuantity() : BigDecimal.ZERO;
            if (v.compareTo(quantity) != 0) {
                violations.add("product " + productId + ": valued quantity " + v + " but " + quantity
                        + " on hand and in transit");
            }
        });
        valued.values().stream()
                .filter(v -> v.getStockValue().signum() < 0
                        || (v.getQuantity().signum() == 0 && v.getStockValue().signum() != 0))
                .forEach(v -> violations.add(
                        "product " + v.getProductId() + ": value " + v.getStockValue() + " for " + v.getQuantity()));
        return violations;
    }
}
