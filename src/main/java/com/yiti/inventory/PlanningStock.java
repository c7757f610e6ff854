package com.yiti.inventory;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and free stock for material planning, all at once: a planning run reads every active product and every
 * balance in two queries, not one call per product. Quarantine stock is never free.
 */
@Service
@Transactional(readOnly = true)
public class PlanningStock {

    /** A stocked product with what planning needs of it. */
    public record PlannedProduct(
            long id,
            String sku,
            ProductType type,
            int leadTimeDays,
            BigDecimal reorderPoint,
            BigDecimal reorderQuantity) {}

    private final JdbcTemplate jdbc;

    PlanningStock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active products that are made or bought (services hold no stock). */
    public List<PlannedProduct> products() {
        return jdbc.query(
                "select id, sku, type, lead_time_days, reorder_point, reorder_quantity from inv_product"
                        + " where active = true and type in ('MADE', 'BOUGHT')",
                (rs, i) -> new PlannedProduct(
                        rs.getLong(1),
                        rs.getString(2),
                        ProductType.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)));
    }

    /** On hand and not reserved, per product and warehouse, where there is any (quarantine left out). */
    public List<FreeStock> freeStock() {
        return jdbc.query(
                "select b.product_id, b.warehouse_id, w.code, b.on_hand - b.reserved from inv_stock_balance b"
                        + " join inv_warehouse w on w.id = b.warehouse_id"
                        + " where w.quarantine = false and b.on_hand > b.reserved",
                (rs, i) -> new FreeStock(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
    }

    /** Free stock of some products in one warehouse (products with none left out). */
    public java.util.Map<Long, BigDecimal> free(java.util.Collection<Long> productIds, long warehouseId) {
        java.util.Map<Long, BigDecimal> free = new java.util.HashMap<>();
        if (productIds.isEmpty()) {
            return free;
        }
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .query(
                        "select product_id, on_hand - reserved from inv_stock_balance where warehouse_id = :warehouse"
                                + " and product_id in (:products) and on_hand > reserved",
                        java.util.Map.of("warehouse", warehouseId, "products", productIds),
                        rs -> {
                            free.put(rs.getLong(1), rs.getBigDecimal(2));
                        });
        return free;
    }
}
