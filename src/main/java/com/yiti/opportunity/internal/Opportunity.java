package com.yiti.opportunity.internal;

import com.yiti.opportunity.Stage;
import com.yiti.shared.AuditedEntity;
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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "opp_opportunity")
@Audited
public class Opportunity extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency = "CNY";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(nullable = false)
    private int probability;

    @Column(name = "expected_close_date", nullable = false)
    private LocalDate expectedCloseDate;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "lost_reason", length = 500)
    private String lostReason;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Opportunity() {}

    public Opportunity(Long customerId, Long ownerId, Stage stage) {
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.stage = stage;
        this.probability = stage.defaultProbability();
    }

    public void apply(String title, BigDecimal amount, LocalDate expectedCloseDate, String nextStep) {
        this.title = title;
        this.amount = amount;
        this.expectedCloseDate = expectedCloseDate;
        this.nextStep = nextStep;
    }

    /** Moves to a stage; closing stamps the time, reopening clears it and the lost reason. */
    public void moveTo(Stage target, Integer probability, String lostReason, Instant now) {
        boolean stays = stage == target;
        this.closedAt = target.closed() ? (stays && closedAt != null ? closedAt : now) : null;
        this.stage = target;
        this.probability = probability != null ? probability : target.defaultProbability();
        this.lostReason = target == Stage.LOST ? lostReason : null;
    }

    public void setProbability(int probability) {
        this.probability = probability;
    }

    public void cameFrom(Long leadId, Long campaignId) {
        this.leadId = leadId;
        this.campaignId = campaignId;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Stage getStage() {
        return stage;
    }

    public int getProbability() {
        return probability;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getLostReason() {
        return lostReason;
    }

    public String getNextStep() {
        return nextStep;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
