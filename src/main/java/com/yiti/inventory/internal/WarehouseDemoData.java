package com.yiti.inventory.internal;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.NewTransfer;
import com.yiti.inventory.ProductCategoryManagement;
import com.yiti.inventory.StockBalanceView;
import com.yiti.inventory.StockTransfers;
import com.yiti.inventory.StocktakeManagement;
import com.yiti.inventory.StocktakeView;
import com.yiti.inventory.TransferView;
import com.yiti.inventory.WarehouseView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo warehouse work after the demo orders: five units on their way from Suzhou to Shanghai (a transfer in transit)
 * and a stocktake of one category in Suzhou, counted with three differences and waiting for ADMIN to post it.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class WarehouseDemoData implements ApplicationRunner {

    private final Transfers transfers;
    private final StockTransfers stockTransfers;
    private final StocktakeManagement stocktakes;
    private final InventoryManagement inventory;
    private final ProductCategoryManagement categories;

    WarehouseDemoData(
            Transfers transfers,
            StockTransfers stockTransfers,
            StocktakeManagement stocktakes,
            InventoryManagement inventory,
            ProductCategoryManagement categories) {
        this.transfers = transfers;
        this.stockTransfers = stockTransfers;
        this.stocktakes = stocktakes;
        this.inventory = inventory;
        this.categories = categories;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (transfers.count() > 0) {
            return;
        }
        List<WarehouseView> selling = inventory.warehouses();
        WarehouseView shanghai = selling.stream()
                .filter(w -> w.code().equals("SH01"))
                .findFirst()
                .orElse(null);
        WarehouseView suzhou = selling.stream()
                .filter(w -> w.code().equals("SZ01"))
                .findFirst()
                .orElse(null);
        if (shanghai == null || suzhou == null) {
            return;
        }
        SystemActor.runAs("warehouse", Role.WAREHOUSE, () -> {
            StockBalanceView free =
                    inventory
                            .balances(null, suzhou.id(), false, PageRequest.of(0, 50, Sort.by("id")))
                            .getContent()
                            .stream()
                            .filter(b -> b.available().compareTo(BigDecimal.TEN) >= 0)
                            .findFirst()
                            .orElse(null);
            if (free != null) {
                TransferView t = stockTransfers.request(new NewTransfer(
                        suzhou.id(),
                        shanghai.id(),
                        "上海仓补货 Shanghai replenishment",
                        List.of(new NewTransfer.Line(free.productId(), new BigDecimal("5")))));
                stockTransfers.ship(t.id());
            }
            return null;
        });
        var category = categories.active().stream().findFirst().orElse(null);
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            StocktakeView sheet = stocktakes.start(suzhou.id(), category == null ? null : category.id());
            Map<Long, BigDecimal> counted = new LinkedHashMap<>();
            BigDecimal[] offsets = {BigDecimal.ZERO, BigDecimal.ONE.negate(), new BigDecimal("2"), BigDecimal.ZERO};
            sheet.lines().stream()
                    .filter(l -> l.bookQuantity().signum() > 0)
                    .limit(offsets.length)
                    .forEach(l -> counted.put(l.id(), l.bookQuantity().add(offsets[counted.size()])));
            stocktakes.count(sheet.id(), counted);
            return null;
        });
    }
}
