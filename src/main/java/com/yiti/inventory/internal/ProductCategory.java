package com.yiti.inventory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A product category (外购件, 成套设备, 服务 …); deactivated, never deleted. */
@Entity
@Table(name = "inv_product_category")
@Audited
public class ProductCategory extends CodedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected ProductCategory() {}

    public ProductCategory(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }
}
