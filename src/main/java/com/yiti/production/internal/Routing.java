package com.yiti.production.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * How a made product is made: its operations in sequence, each at a work centre with a setup time per lot and a run
 * time per unit. The lot size spreads the setup over the units of a standard lot (for the standard cost).
 */
@Entity
@Table(name = "prd_routing")
@Audited
public class Routing extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "lot_size", nullable = false, precision = 19, scale = 3)
    private BigDecimal lotSize;

    @Column(length = 500)
    private String note;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // each operation writes routing_id itself (so its history names the routing): the collection only reads it
    @JoinColumn(name = "routing_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("seq")
    private List<RoutingOperation> operations = new ArrayList<>();

    protected Routing() {}

    public Routing(Long productId) {
        this.productId = productId;
    }

    public void apply(BigDecimal lotSize, String note) {
        this.lotSize = lotSize;
        this.note = note;
    }

    /** Makes the operations these (kept in order; an operation already here at the same position is changed). */
    public void replaceOperations(List<RoutingOperation.Values> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < operations.size()) {
                operations.get(i).apply(i + 1, wanted.get(i));
            } else {
                operations.add(new RoutingOperation(id, i + 1, wanted.get(i)));
            }
        }
        while (operations.size() > wanted.size()) {
            operations.remove(operations.size() - 1);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public BigDecimal getLotSize() {
        return lotSize;
    }

    public String getNote() {
        return note;
    }

    public List<RoutingOperation> getOperations() {
        return operations;
    }
}
