package com.yiti.pricing.internal;

import com.yiti.customer.CustomerTier;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A price list: its header audited, its items audited on their own. Deactivated, never deleted. */
@Entity
@Table(name = "prc_price_list")
@Audited
public class PriceList extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private CustomerTier tier;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false)
    private boolean active = true;

    @org.hibernate.envers.NotAudited
    @OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("productId, minQuantity")
    private List<PriceItem> items = new ArrayList<>();

    protected PriceList() {}

    public PriceList(String code) {
        this.code = code;
    }

    public void change(
            String name, String currency, LocalDate validFrom, LocalDate validTo, CustomerTier tier, Long customerId) {
        this.name = name;
        this.currency = currency;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.tier = tier;
        this.customerId = customerId;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isActive() {
        return active;
    }

    public List<PriceItem> getItems() {
        return items;
    }
}
