package com.yiti.inventory.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.SearchProvider;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Products by SKU or name, for everyone (every role may open a product's page; prices as the role may see them). */
@Component
class ProductSearch implements SearchProvider {

    private final InventoryManagement inventory;

    ProductSearch(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @Override
    public List<Hit> search(String query, CurrentUser user, int limit) {
        return inventory
                .products(new ProductFilter(query, null, null), PageRequest.of(0, limit, Sort.by("sku")))
                .stream()
                .map(p -> new Hit(
                        "search.kind.product", p.sku(), p.name(LocaleContextHolder.getLocale()), "/products/" + p.id()))
                .toList();
    }
}
