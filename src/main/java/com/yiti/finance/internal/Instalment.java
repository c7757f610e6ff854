package com.yiti.finance.internal;

import com.yiti.finance.DueTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One instalment of a collection plan: its amount and when it falls due. */
@Entity
@Table(name = "fin_instalment")
@Audited
public class Instalment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private CollectionPlan plan;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_trigger", nullable = false, length = 12)
    private DueTrigger trigger;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(name = "fixed_date")
    private LocalDate fixedDate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected Instalment() {}

    public Instalment(
            CollectionPlan plan,
            int seq,
            String label,
            DueTrigger trigger,
            int offsetDays,
            LocalDate fixedDate,
            BigDecimal amount) {
        this.plan = plan;
        this.seq = seq;
        this.label = label;
        this.trigger = trigger;
        this.offsetDays = offsetDays;
        this.fixedDate = fixedDate;
        this.amount = amount;
    }

    void due(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Long getId() {
        return id;
    }

    public CollectionPlan getPlan() {
        return plan;
    }

    public int getSeq() {
        return seq;
    }

    public String getLabel() {
        return label;
    }

    public DueTrigger getTrigger() {
        return trigger;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public LocalDate getFixedDate() {
        return fixedDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
