package com.yiti.opportunity.internal;

import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadStatus;
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
import org.hibernate.envers.Audited;

@Entity
@Table(name = "opp_lead")
@Audited
public class Lead extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String company;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(name = "contact_title", length = 100)
    private String contactTitle;

    @Column(length = 20)
    private String mobile;

    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeadSource source;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LeadStatus status = LeadStatus.NEW;

    @Column(name = "disqualify_reason", length = 500)
    private String disqualifyReason;

    @Column(length = 2000)
    private String notes;

    @Column(name = "estimated_amount", precision = 19, scale = 2)
    private BigDecimal estimatedAmount;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    protected Lead() {}

    public Lead(Long ownerId) {
        this.ownerId = ownerId;
    }

    public void apply(
            String company,
            String contactName,
            String contactTitle,
            String mobile,
            String email,
            LeadSource source,
            Long campaignId,
            BigDecimal estimatedAmount,
            String notes) {
        this.company = company;
        this.contactName = contactName;
        this.contactTitle = contactTitle;
        this.mobile = mobile;
        this.email = email;
        this.source = source;
        this.campaignId = campaignId;
        this.estimatedAmount = estimatedAmount;
        this.notes = notes;
    }

    public void qualified(long customerId, long contactId, long opportunityId) {
        this.status = LeadStatus.QUALIFIED;
        this.customerId = customerId;
        this.contactId = contactId;
        this.opportunityId = opportunityId;
    }

    public void setStatus(LeadStatus status, String disqualifyReason) {
        this.status = status;
        this.disqualifyReason = disqualifyReason;
    }

    public Long getId() {
        return id;
    }

    public String getCompany() {
        return company;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public LeadSource getSource() {
        return source;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public String getDisqualifyReason() {
        return disqualifyReason;
    }

    public String getNotes() {
        return notes;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }
}
