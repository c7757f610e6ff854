package com.yiti.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** One step of a routing: at a work centre, setup minutes per lot, run minutes per unit. */
@Entity
@Table(name = "prd_routing_operation")
@Audited
public class RoutingOperation {

    /** What an operation says. */
    public record Values(Long workCentreId, String description, BigDecimal setupMinutes, BigDecimal runMinutes) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "routing_id", nullable = false, updatable = false)
    private Long routingId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "work_centre_id", nullable = false)
    private Long workCentreId;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "setup_minutes", nullable = false, precision = 9, scale = 2)
    private BigDecimal setupMinutes;

    @Column(name = "run_minutes", nullable = false, precision = 9, scale = 3)
    private BigDecimal runMinutes;

    protected RoutingOperation() {}

    RoutingOperation(Long routingId, int seq, Values values) {
        this.routingId = routingId;
        apply(seq, values);
    }

    void apply(int seq, Values values) {
        this.seq = seq;
        this.workCentreId = values.workCentreId();
        this.description = values.description();
        this.setupMinutes = values.setupMinutes();
        this.runMinutes = values.runMinutes();
    }

    public Long getId() {
        return id;
    }

    public Long getRoutingId() {
        return routingId;
    }

    public int getSeq() {
        return seq;
    }

    public Long getWorkCentreId() {
        return workCentreId;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getSetupMinutes() {
        return setupMinutes;
    }

    public BigDecimal getRunMinutes() {
        return runMinutes;
    }
}
