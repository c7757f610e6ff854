package com.yiti.inventory.internal;

import com.yiti.inventory.BinManagement;
import com.yiti.inventory.BinView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo bins (decision 028): SH01 has two aisles of shelves and every stocked product its home bin there, so the pick
 * list walks A before B; SZ01 works without bins.
 */
@Component
@Order(46)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class BinDemoData implements ApplicationRunner {

    private final BinManagement bins;
    private final InventoryManagement inventory;

    BinDemoData(BinManagement bins, InventoryManagement inventory) {
        this.bins = bins;
        this.inventory = inventory;
    }

    @Override
    public void run(ApplicationArguments args) {
        var shanghai = inventory.warehouses().stream()
                .filter(w -> w.code().equals("SH01"))
                .findFirst()
                .orElse(null);
        if (shanghai == null || !bins.bins(shanghai.id()).isEmpty()) {
            return;
        }
        SystemActor.runAs("warehouse", Role.WAREHOUSE, () -> {
            List<BinView> shelves = new ArrayList<>();
            for (String aisle : List.of("A", "B")) {
                for (int shelf = 1; shelf <= 4; shelf++) {
                    shelves.add(bins.create(
                            shanghai.id(),
                            aisle + "-0" + shelf + "-01",
                            ("A".equals(aisle) ? "快消区 fast movers " : "大件区 bulky goods ") + shelf));
                }
            }
            List<ProductView> stocked = SystemActor.runAs(
                            "admin",
                            Role.ADMIN,
                            () -> inventory
                                    .products(new ProductFilter(null, null, true), PageRequest.of(0, 200))
                                    .getContent())
                    .stream()
                    .filter(p -> p.type() != ProductType.SERVICE)
                    .sorted(Comparator.comparing(ProductView::sku))
                    .toList();
            for (int i = 0; i < stocked.size(); i++) {
                bins.assign(
                        stocked.get(i).sku(), shelves.get(i % shelves.size()).id());
            }
            return null;
        });
    }
}
