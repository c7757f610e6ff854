package com.yiti.production.internal;

import com.yiti.production.MrpRunStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One planning run. While it runs it holds the running slot (a unique column set to 1), so a second run, on this
 * node or another, is refused by the database itself; finishing or failing frees it.
 */
@Entity
@Table(name = "prd_mrp_run")
public class MrpRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MrpRunStatus status = MrpRunStatus.RUNNING;

    @Column(name = "run_trigger", nullable = false, length = 10)
    private String trigger;

    @Column(name = "running_slot")
    private Integer runningSlot = 1;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 50)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "products_planned", nullable = false)
    private int productsPlanned;

    @Column(nullable = false)
    private int demands;

    @Column(nullable = false)
    private int proposals;

    @Column(name = "late_proposals", nullable = false)
    private int lateProposals;

    @Column(length = 500)
    private String error;

    @Version
    private long version;

    protected MrpRun() {}

    public MrpRun(String trigger, String startedBy, Instant startedAt) {
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void done(int productsPlanned, int demands, int proposals, int late, Instant at) {
        this.status = MrpRunStatus.DONE;
        this.productsPlanned = productsPlanned;
        this.demands = demands;
        this.proposals = proposals;
        this.lateProposals = late;
        finish(at);
    }

    public void failed(String error, Instant at) {
        this.status = MrpRunStatus.FAILED;
        this.error = error == null ? null : error.substring(0, Math.min(500, error.length()));
        finish(at);
    }

    private void finish(Instant at) {
        this.finishedAt = at;
        this.durationMs = at.toEpochMilli() - startedAt.toEpochMilli();
        this.runningSlot = null;
    }

    public Long getId() {
        return id;
    }

    public MrpRunStatus getStatus() {
        return status;
    }

    public String getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public int getProductsPlanned() {
        return productsPlanned;
    }

    public int getDemands() {
        return demands;
    }

    public int getProposals() {
        return proposals;
    }

    public int getLateProposals() {
        return lateProposals;
    }

    public String getError() {
        return error;
    }

    public long getVersion() {
        return version;
    }
}
