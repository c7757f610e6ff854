package com.yiti.opportunity.web;

import com.yiti.opportunity.CampaignChannel;
import com.yiti.opportunity.CampaignData;
import com.yiti.opportunity.CampaignView;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public class CampaignForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private CampaignChannel channel = CampaignChannel.EVENT;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    @Limits.Amount
    private BigDecimal budget;

    private long version;

    static CampaignForm of(CampaignView c) {
        CampaignForm f = new CampaignForm();
        f.name = c.name();
        f.channel = c.channel();
        f.startDate = c.startDate();
        f.endDate = c.endDate();
        f.budget = c.budget();
        f.version = c.version();
        return f;
    }

    CampaignData toData() {
        return new CampaignData(name, channel, startDate, endDate, budget);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public void setChannel(CampaignChannel channel) {
        this.channel = channel;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
