package com.yiti.opportunity.web;

import com.yiti.opportunity.LeadData;
import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadView;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The lead form, and the JSON body of the API's create and update. */
public class LeadForm {

    @NotBlank
    @Size(max = 200)
    private String company;

    @NotBlank
    @Size(max = 100)
    private String contactName;

    @Size(max = 100)
    private String contactTitle;

    @Size(max = 20)
    private String mobile;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    private LeadSource source = LeadSource.WEBSITE;

    private Long campaignId;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    @Limits.Amount
    private BigDecimal estimatedAmount;

    @Size(max = 2000)
    private String notes;

    private Long ownerId;

    private long version;

    static LeadForm of(LeadView l) {
        LeadForm f = new LeadForm();
        f.company = l.company();
        f.contactName = l.contactName();
        f.contactTitle = l.contactTitle();
        f.mobile = l.mobile();
        f.email = l.email();
        f.source = l.source();
        f.campaignId = l.campaignId();
        f.estimatedAmount = l.estimatedAmount();
        f.notes = l.notes();
        f.ownerId = l.ownerId();
        f.version = l.version();
        return f;
    }

    LeadData toData() {
        return new LeadData(
                company, contactName, contactTitle, mobile, email, source, campaignId, estimatedAmount, notes, ownerId);
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public void setContactTitle(String contactTitle) {
        this.contactTitle = contactTitle;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LeadSource getSource() {
        return source;
    }

    public void setSource(LeadSource source) {
        this.source = source;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public BigDecimal getEstimatedAmount() {
        return estimatedAmount;
    }

    public void setEstimatedAmount(BigDecimal estimatedAmount) {
        this.estimatedAmount = estimatedAmount;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
