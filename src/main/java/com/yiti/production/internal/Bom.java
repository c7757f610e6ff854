package com.yiti.production.internal;

import com.yiti.production.BomStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One version of a made product's bill of materials: what one unit consumes. A draft is edited; activating it makes it
 * the product's one active version (the one before is archived); active and archived versions no longer change.
 */
@Entity
@Table(name = "prd_bom")
@Audited
public class Bom extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BomStatus status = BomStatus.DRAFT;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(length = 500)
    private String note;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by", length = 50)
    private String activatedBy;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // each line writes bom_id itself (so its history names the version): the collection only reads it
    @JoinColumn(name = "bom_id", nullable = false, insertable = false, updatable = false)
    @OrderBy("lineNo")
    private List<BomLine> lines = new ArrayList<>();

    protected Bom() {}

    public Bom(Long productId, int versionNo) {
        this.productId = productId;
        this.versionNo = versionNo;
    }

    public void apply(LocalDate validFrom, String note) {
        this.validFrom = validFrom;
        this.note = note;
    }

    /** Makes the lines these, position by position. */
    public void replaceLines(List<BomLine.Values> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).apply(i + 1, wanted.get(i));
            } else {
                lines.add(new BomLine(id, i + 1, wanted.get(i)));
            }
        }
        while (lines.size() > wanted.size()) {
            lines.remove(lines.size() - 1);
        }
    }

    public void activate(LocalDate validFrom, Instant at, String by) {
        this.status = BomStatus.ACTIVE;
        this.validFrom = validFrom;
        this.activatedAt = at;
        this.activatedBy = by;
    }

    public void archive() {
        this.status = BomStatus.ARCHIVED;
    }

    public Long getId() {
        return id;
    }

    public Long getProductId() {
        return productId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public BomStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getNote() {
        return note;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public List<BomLine> getLines() {
        return lines;
    }
}
