package com.yiti.opportunity.internal;

import com.yiti.opportunity.CampaignChannel;
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
import java.time.LocalDate;

@Entity
@Table(name = "opp_campaign")
public class Campaign extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignChannel channel;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency = "CNY";

    protected Campaign() {}

    public Campaign(String name, CampaignChannel channel) {
        this.name = name;
        this.channel = channel;
    }

    public void apply(String name, CampaignChannel channel, LocalDate start, LocalDate end, BigDecimal budget) {
        this.name = name;
        this.channel = channel;
        this.startDate = start;
        this.endDate = end;
        this.budget = budget;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CampaignChannel getChannel() {
        return channel;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }
}
