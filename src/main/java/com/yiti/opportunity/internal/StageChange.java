package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import com.yiti.opportunity.StageChangeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Append-only: who moved which opportunity from where to where, when, at what amount. */
@Entity
@Table(name = "opp_stage_change")
public class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20, updatable = false)
    private Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20, updatable = false)
    private Stage toStage;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "changed_by", nullable = false, length = 50, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StageChange() {}

    public StageChange(
            Long opportunityId, Stage from, Stage to, BigDecimal amount, String changedBy, Instant changedAt) {
        this.opportunityId = opportunityId;
        this.fromStage = from;
        this.toStage = to;
        this.amount = amount;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public StageChangeView toView() {
        return new StageChangeView(fromStage, toStage, amount, changedBy, changedAt);
    }
}
