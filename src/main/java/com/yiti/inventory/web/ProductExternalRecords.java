package com.yiti.inventory.web;

import com.yiti.integration.ExternalRecordKind;
import com.yiti.inventory.ProductCatalog;
import org.springframework.stereotype.Component;

/** Products pushed by another system under its own id (a supplier's or the shop's catalogue), as in /api/v1/products. */
@Component
class ProductExternalRecords implements ExternalRecordKind<ProductForm> {

    private final ProductCatalog catalog;
    private final com.yiti.inventory.InventoryManagement inventory;

    ProductExternalRecords(ProductCatalog catalog, com.yiti.inventory.InventoryManagement inventory) {
        this.catalog = catalog;
        this.inventory = inventory;
    }

    @Override
    public String kind() {
        return "products";
    }

    @Override
    public Class<ProductForm> bodyType() {
        return ProductForm.class;
    }

    @Override
    public long create(ProductForm body) {
        return catalog.createProduct(body.toData()).id();
    }

    @Override
    public void update(long id, ProductForm body) {
        catalog.updateProduct(id, inventory.product(id).version(), body.toData());
    }

    @Override
    public Object view(long id) {
        return inventory.product(id);
    }
}
