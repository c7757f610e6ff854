package com.yiti.inventory.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Where a product is kept in a warehouse: its home bin (one per product and warehouse). */
@Entity
@Table(name = "inv_product_bin")
@Audited
public class ProductBin extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(name = "bin_id", nullable = false)
    private Long binId;

    protected ProductBin() {}

    public ProductBin(Long productId, Long warehouseId, Long binId) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.binId = binId;
    }

    public void moveTo(Long binId) {
        this.binId = binId;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public Long getBinId() {
        return binId;
    }
}
