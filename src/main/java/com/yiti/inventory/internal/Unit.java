package com.yiti.inventory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A unit of measure products are counted in (个, 台, 箱 …); its code is what products and documents show. */
@Entity
@Table(name = "inv_unit")
@Audited
public class Unit extends CodedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected Unit() {}

    public Unit(String code) {
        super(code);
    }

    public Long getId() {
        return id;
    }
}
