package com.yiti.opportunity.web;

import com.yiti.opportunity.OpportunityData;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The opportunity form, and the JSON body of the API's create and update. */
public class OpportunityForm {

    @NotNull
    private Long customerId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 13, fraction = 2)
    @Limits.Amount
    private BigDecimal amount;

    private Stage stage = Stage.PROSPECTING;

    @Min(0)
    @Max(100)
    private Integer probability;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedCloseDate;

    private Long ownerId;

    @Size(max = 500)
    private String lostReason;

    @Size(max = 500)
    private String nextStep;

    private long version;

    static OpportunityForm of(OpportunityView o) {
        OpportunityForm f = new OpportunityForm();
        f.customerId = o.customerId();
        f.title = o.title();
        f.amount = o.amount();
        f.stage = o.stage();
        f.probability = o.probability();
        f.expectedCloseDate = o.expectedCloseDate();
        f.ownerId = o.ownerId();
        f.lostReason = o.lostReason();
        f.nextStep = o.nextStep();
        f.version = o.version();
        return f;
    }

    OpportunityData toData() {
        return new OpportunityData(
                customerId, title, amount, stage, probability, expectedCloseDate, ownerId, lostReason, nextStep);
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

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
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

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
