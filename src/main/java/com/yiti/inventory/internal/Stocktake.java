package com.yiti.inventory.internal;

import com.yiti.inventory.StocktakeStatus;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A count sheet: the book quantities frozen when it was made, the counted quantities as they come in. */
@Entity
@Table(name = "inv_stocktake")
@Audited
public class Stocktake extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    private Long warehouseId;

    @Column(name = "category_id", updatable = false)
    private Long categoryId;

    /** A count of one bin: the products whose home bin it is (decision 028). */
    @Column(name = "bin_id", updatable = false)
    private Long binId;

    public Long getBinId() {
        return binId;
    }

    public void countOnly(Long binId) {
        this.binId = binId;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StocktakeStatus status = StocktakeStatus.COUNTING;

    @Column(name = "frozen_at", nullable = false, updatable = false)
    private Instant frozenAt;

    @Column(name = "posted_by", length = 50)
    private String postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "stocktake_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<StocktakeLine> lines = new ArrayList<>();

    protected Stocktake() {}

    public Stocktake(String number, Long warehouseId, Long categoryId, Instant frozenAt) {
        this.number = number;
        this.warehouseId = warehouseId;
        this.categoryId = categoryId;
        this.frozenAt = frozenAt;
    }

    public void add(Long productId, BigDecimal book) {
        lines.add(new StocktakeLine(productId, book));
    }

    public void posted(String by, Instant at) {
        this.postedBy = by;
        this.postedAt = at;
        this.status = StocktakeStatus.POSTED;
    }

    public void cancel() {
        this.status = StocktakeStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public StocktakeStatus getStatus() {
        return status;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public List<StocktakeLine> getLines() {
        return lines;
    }
}
