package com.yiti.production.internal;

import com.yiti.production.DemandKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A demand a proposal serves and how much of it; written by the run with its proposal and never changed. */
@Entity
@Table(name = "prd_mrp_peg")
@Immutable
public class MrpPeg {

    @Id
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "demand_kind", nullable = false, length = 15)
    private DemandKind demandKind;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "need_date", nullable = false)
    private LocalDate needDate;

    @Column(length = 60)
    private String reference;

    @Column(name = "order_line_id")
    private Long orderLineId;

    @Column(name = "plan_line_id")
    private Long planLineId;

    @Column(name = "parent_proposal_id")
    private Long parentProposalId;

    protected MrpPeg() {}

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public DemandKind getDemandKind() {
        return demandKind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getNeedDate() {
        return needDate;
    }

    public String getReference() {
        return reference;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public Long getPlanLineId() {
        return planLineId;
    }

    public Long getParentProposalId() {
        return parentProposalId;
    }
}
