package com.yiti.pricing.internal;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerTier;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.pricing.PriceItemData;
import com.yiti.pricing.PriceListData;
import com.yiti.pricing.PriceListManagement;
import com.yiti.pricing.PriceListView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Demo price lists (after the demo orders, which keep their prices): tier A and tier B lists in CNY with discounts, a
 * quantity break and minimum prices, one key customer's own prices, and an export list in USD. Runs once.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class PricingDemoData implements ApplicationRunner {

    private final PriceLists lists;
    private final PriceListManagement priceLists;
    private final InventoryManagement inventory;
    private final CustomerManagement customers;
    private final Clock clock;

    PricingDemoData(
            PriceLists lists,
            PriceListManagement priceLists,
            InventoryManagement inventory,
            CustomerManagement customers,
            Clock clock) {
        this.lists = lists;
        this.priceLists = priceLists;
        this.inventory = inventory;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (lists.count() > 0) {
            return;
        }
        Map<String, Long> sku = inventory.productIdsBySku(List.of("SEN-100", "PLC-103", "BRG-108", "MOT-102"));
        if (sku.size() < 4) {
            return; // not the standard demo catalogue
        }
        LocalDate from =
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusDays(30);
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            List<CustomerView> first = customers
                    .search(CustomerFilter.none(), PageRequest.of(0, 1, Sort.by("id")))
                    .getContent();
            PriceListView a = priceLists.create(
                    new PriceListData("TIER-A", "A 级客户价 Tier A prices", "CNY", from, null, CustomerTier.A, null));
            item(a, sku.get("SEN-100"), "1", null, "8", "160.00");
            item(a, sku.get("SEN-100"), "50", null, "12", "150.00");
            item(a, sku.get("PLC-103"), "1", "5200.00", null, "5000.00");
            item(a, sku.get("BRG-108"), "1", null, "5", null);
            PriceListView b = priceLists.create(
                    new PriceListData("TIER-B", "B 级客户价 Tier B prices", "CNY", from, null, CustomerTier.B, null));
            item(b, sku.get("SEN-100"), "1", null, "4", "165.00");
            item(b, sku.get("PLC-103"), "1", "5400.00", null, "5200.00");
            if (!first.isEmpty()) {
                CustomerView key = first.get(0);
                PriceListView k = priceLists.create(new PriceListData(
                        "KEY-" + key.id(), "重点客户协议价 " + key.name(), "CNY", from, null, null, key.id()));
                item(k, sku.get("SEN-100"), "1", "150.00", null, "140.00");
                item(k, sku.get("SEN-100"), "100", "140.00", null, "135.00");
                item(k, sku.get("MOT-102"), "1", "2950.00", null, "2800.00");
            }
            PriceListView usd = priceLists.create(
                    new PriceListData("EXPORT-USD", "出口美元价 Export prices (USD)", "USD", from, null, null, null));
            item(usd, sku.get("SEN-100"), "1", "24.00", null, "22.00");
            item(usd, sku.get("BRG-108"), "1", "36.00", null, "34.00");
            return null;
        });
    }

    private void item(PriceListView list, long productId, String from, String price, String discount, String min) {
        priceLists.putItem(
                list.id(),
                new PriceItemData(
                        productId,
                        new BigDecimal(from),
                        price == null ? null : new BigDecimal(price),
                        discount == null ? null : new BigDecimal(discount),
                        min == null ? null : new BigDecimal(min)));
    }
}
