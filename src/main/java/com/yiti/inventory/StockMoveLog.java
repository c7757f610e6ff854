package com.yiti.inventory;

import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.Products;
import com.yiti.inventory.internal.StockMove;
import com.yiti.inventory.internal.StockMoves;
import com.yiti.inventory.internal.Warehouse;
import com.yiti.inventory.internal.Warehouses;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock ledger as people read it (split out of {@link InventoryManagement}): every move, newest first, filtered by
 * product, warehouse and reason; unit cost and value only for those who may see costs.
 */
@Service
@Transactional(readOnly = true)
public class StockMoveLog {

    private final StockMoves moves;
    private final Products products;
    private final Warehouses warehouses;
    private final InventoryManagement inventory;

    StockMoveLog(StockMoves moves, Products products, Warehouses warehouses, InventoryManagement inventory) {
        this.moves = moves;
        this.products = products;
        this.warehouses = warehouses;
        this.inventory = inventory;
    }

    public Page<StockMoveView> moves(Long productId, Long warehouseId, MoveReason reason, Pageable pageable) {
        Specification<StockMove> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (productId != null) {
                p.add(cb.equal(root.get("productId"), productId));
            }
            if (warehouseId != null) {
                p.add(cb.equal(root.get("warehouseId"), warehouseId));
            }
            if (reason != null) {
                p.add(cb.equal(root.get("reason"), reason));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Page<StockMove> page = moves.findAll(spec, pageable);
        Map<Long, Product> productsById = products
                .findAllById(
                        page.getContent().stream().map(StockMove::getProductId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
        Map<Long, String> codes =
                warehouses.findAll().stream().collect(Collectors.toMap(Warehouse::getId, Warehouse::getCode));
        boolean costs = inventory.canSeeCosts();
        return page.map(m -> new StockMoveView(
                m.getId(),
                m.getProductId(),
                productsById.get(m.getProductId()).getSku(),
                m.getWarehouseId(),
                codes.get(m.getWarehouseId()),
                m.getQuantity(),
                m.getReason(),
                m.getReference(),
                m.getNote(),
                m.getMovedBy(),
                m.getMovedAt(),
                costs ? m.getUnitCost() : null,
                costs ? m.getValue() : null));
    }
}
