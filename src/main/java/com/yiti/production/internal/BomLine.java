package com.yiti.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * A component of a bill of materials: how much of it one unit of the product needs (in the component's unit), the
 * share lost as scrap on top, and whether it is a phantom (a sub-assembly made in the same run and never stocked, so
 * planning goes through to its own components).
 */
@Entity
@Table(name = "prd_bom_line")
@Audited
public class BomLine {

    /** What a line says. */
    public record Values(Long componentId, BigDecimal quantity, BigDecimal scrapPct, boolean phantom) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bom_id", nullable = false, updatable = false)
    private Long bomId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "component_id", nullable = false)
    private Long componentId;

    @Column(nullable = false, precision = 19, scale = 6)
    private BigDecimal quantity;

    @Column(name = "scrap_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal scrapPct;

    @Column(nullable = false)
    private boolean phantom;

    protected BomLine() {}

    BomLine(Long bomId, int lineNo, Values values) {
        this.bomId = bomId;
        apply(lineNo, values);
    }

    void apply(int lineNo, Values values) {
        this.lineNo = lineNo;
        this.componentId = values.componentId();
        this.quantity = values.quantity();
        this.scrapPct = values.scrapPct();
        this.phantom = values.phantom();
    }

    public Long getId() {
        return id;
    }

    public Long getBomId() {
        return bomId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getComponentId() {
        return componentId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getScrapPct() {
        return scrapPct;
    }

    public boolean isPhantom() {
        return phantom;
    }
}
