package com.yiti.inventory.internal;

import com.yiti.shared.BeforeCommit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per product, the number of stock locations (quarantine aside) with something available, in
 * {@code inv_product_availability}. The stock ledger reports every balance whose available quantity crosses zero; the
 * counts are written once per transaction, just before it commits, in product order (after the balance rows are
 * locked, so two transactions never wait for each other crosswise). Products with nothing available anywhere are
 * then an index range instead of a search through every balance. A test recomputes the counts.
 */
@Component
public class ProductAvailability {

    private static final Object KEY = ProductAvailability.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final Warehouses warehouses;

    ProductAvailability(JdbcTemplate jdbc, Warehouses warehouses) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
    }

    /** A new product: available nowhere yet. */
    public void added(long productId) {
        jdbc.update("INSERT INTO inv_product_availability (product_id, available_locations) VALUES (?, 0)", productId);
    }

    /** A balance changed: counts when its available quantity went from nothing to something or back. */
    void changed(StockBalance balance, boolean availableBefore) {
        boolean availableNow = balance.available().signum() > 0;
        if (availableBefore == availableNow
                || warehouses
                        .findById(balance.getWarehouseId())
                        .map(Warehouse::isQuarantine)
                        .orElse(true)) {
            return;
        }
        int delta = availableNow ? 1 : -1;
        BeforeCommit.collect(
                KEY,
                TreeMap<Long, Integer>::new,
                pending -> pending.merge(balance.getProductId(), delta, Integer::sum),
                this::write);
    }

    private void write(Map<Long, Integer> deltas) {
        deltas.forEach((product, delta) -> {
            if (delta != 0) {
                jdbc.update(
                        "INSERT INTO inv_product_availability (product_id, available_locations) VALUES (?, ?)"
                                + " ON DUPLICATE KEY UPDATE available_locations = available_locations"
                                + " + VALUES(available_locations)",
                        product,
                        delta);
            }
        });
    }

    /** Stocked products (services aside) with nothing available in any location. */
    public List<Long> productsWithoutAvailable() {
        return jdbc.queryForList(
                "SELECT a.product_id FROM inv_product_availability a JOIN inv_product p ON p.id = a.product_id"
                        + " WHERE a.available_locations <= 0 AND p.type <> 'SERVICE'",
                Long.class);
    }
}
