package com.yiti.inventory;

import com.yiti.inventory.internal.Warehouse;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a blank installation needs from inventory before it can sell. ADMIN keeps the warehouses: a new one gets an empty balance row for every product at once (so stock can be
 * received, counted and reserved there); one is deactivated, never deleted, and only when it holds and promises
 * nothing. The last active quarantine location stays (returns go there).
 */
@Service
@Transactional
public class InventorySetup {

    private final Warehouses warehouses;
    private final JdbcTemplate jdbc;

    InventorySetup(Warehouses warehouses, JdbcTemplate jdbc) {
        this.warehouses = warehouses;
        this.jdbc = jdbc;
    }

    /** Every warehouse, inactive ones included, by code. */
    @Transactional(readOnly = true)
    public List<WarehouseView> all() {
        return warehouses.findAllByOrderByCode().stream()
                .map(InventoryManagement::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public WarehouseView get(long id) {
        return InventoryManagement.view(find(id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public WarehouseView create(WarehouseData data) {
        String code = data.code() == null ? "" : data.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9_-]{1,19}")) {
            throw new BusinessRuleException("code", "warehouse.codePattern");
        }
        if (warehouses.findAllByOrderByCode().stream().anyMatch(w -> w.getCode().equals(code))) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        Warehouse w = new Warehouse(code, "", data.quarantine());
        apply(w, data);
        warehouses.saveAndFlush(w);
        jdbc.update(
                "insert into inv_stock_balance (product_id, warehouse_id, on_hand, reserved, version)"
                        + " select p.id, ?, 0, 0, 0 from inv_product p",
                w.getId());
        InventoryManagement.forgetLocations();
        return InventoryManagement.view(w);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public WarehouseView update(long id, long expectedVersion, WarehouseData data) {
        Warehouse w = find(id);
        if (w.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Warehouse", id);
        }
        apply(w, data);
        warehouses.flush();
        InventoryManagement.forgetLocations();
        return InventoryManagement.view(w);
    }

    /** Deactivation is refused while anything is on hand or reserved there, and for the last quarantine location. */
    @PreAuthorize("hasRole('ADMIN')")
    public WarehouseView setActive(long id, boolean active) {
        Warehouse w = find(id);
        if (!active && w.isActive()) {
            if (w.isQuarantine()
                    && warehouses.findAllByOrderByCode().stream()
                                    .filter(o -> o.isQuarantine() && o.isActive())
                                    .count()
                            <= 1) {
                throw new BusinessRuleException("active", "warehouse.lastQuarantine");
            }
            Integer holding = jdbc.queryForObject(
                    "select count(*) from inv_stock_balance where warehouse_id = ? and (on_hand <> 0 or reserved <> 0)",
                    Integer.class,
                    id);
            if (holding != null && holding > 0) {
                throw new BusinessRuleException("active", "warehouse.notEmpty", w.getCode(), holding);
            }
        }
        w.setActive(active);
        warehouses.flush();
        InventoryManagement.forgetLocations();
        return InventoryManagement.view(w);
    }

    private static void apply(Warehouse w, WarehouseData data) {
        String name = Text.requiredName(data.name(), "name", 100);
        String address = Text.blankToNull(data.address());
        if (address != null && address.length() > 300) {
            throw new BusinessRuleException("address", "field.tooLong", 300);
        }
        w.change(name, address);
    }

    /** Whether any product exists (the first-run checklist). */
    @Transactional(readOnly = true)
    public boolean hasProducts() {
        return !jdbc.queryForList("select id from inv_product limit 1", Long.class)
                .isEmpty();
    }

    /** Whether any stock has moved, opening stock included (the first-run checklist). */
    @Transactional(readOnly = true)
    public boolean hasStockMoves() {
        return !jdbc.queryForList("select id from inv_stock_move limit 1", Long.class)
                .isEmpty();
    }

    private Warehouse find(long id) {
        return warehouses.findById(id).orElseThrow(() -> new RecordNotFoundException("Warehouse", id));
    }
}
