package com.yiti.opportunity.web;

import com.yiti.customer.DuplicateCustomerException;
import com.yiti.opportunity.ActivityFilter;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.ActivityType;
import com.yiti.opportunity.ActivityView;
import com.yiti.opportunity.CampaignManagement;
import com.yiti.opportunity.CampaignView;
import com.yiti.opportunity.LeadFilter;
import com.yiti.opportunity.LeadManagement;
import com.yiti.opportunity.LeadSource;
import com.yiti.opportunity.LeadStatus;
import com.yiti.opportunity.LeadView;
import com.yiti.opportunity.OpportunityFilter;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.QualificationResult;
import com.yiti.opportunity.Stage;
import com.yiti.opportunity.StageChangeView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline's JSON API: leads (+ qualify), opportunities (+ stage), activities, campaigns. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pipeline", description = "Leads, opportunities, activities and campaigns, scoped like the screens")
class SalesApiController {

    /** The version the client last read: a stale client gets 409 instead of overwriting a newer stage. */
    record StageChange(@NotNull Long version, @NotNull Stage stage, String lostReason) {}

    record StatusChange(@NotNull LeadStatus status, String reason) {}

    private final LeadManagement leads;
    private final OpportunityManagement opportunities;
    private final ActivityManagement activities;
    private final CampaignManagement campaigns;

    SalesApiController(
            LeadManagement leads,
            OpportunityManagement opportunities,
            ActivityManagement activities,
            CampaignManagement campaigns) {
        this.leads = leads;
        this.opportunities = opportunities;
        this.activities = activities;
        this.campaigns = campaigns;
    }

    // ---- leads ---------------------------------------------------------------------------------------------------

    @GetMapping("/leads")
    PageResponse<LeadView> leads(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PageResponse.of(
                leads.search(
                        new LeadFilter(q, ownerId, status, source, campaignId),
                        Paging.of(
                                page,
                                size,
                                sort,
                                Set.of("company", "createdAt", "status"),
                                Sort.by(Sort.Order.desc("id")))),
                l -> l);
    }

    @GetMapping("/leads/{id}")
    LeadView lead(@PathVariable long id) {
        return leads.get(id);
    }

    @PostMapping("/leads")
    ResponseEntity<LeadView> createLead(@Valid @RequestBody LeadForm body) {
        LeadView created = leads.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + created.id()))
                .body(created);
    }

    @PutMapping("/leads/{id}")
    LeadView updateLead(@PathVariable long id, @Valid @RequestBody LeadForm body) {
        return leads.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/leads/{id}/status")
    LeadView leadStatus(@PathVariable long id, @Valid @RequestBody StatusChange body) {
        return leads.changeStatus(id, body.status(), body.reason());
    }

    @PostMapping("/leads/{id}/qualify")
    @Operation(summary = "Qualify a lead into customer + contact + opportunity in one transaction")
    QualificationResult qualify(@PathVariable long id, @Valid @RequestBody QualifyForm body) {
        return leads.qualify(id, body.toQualification());
    }

    // ---- opportunities -------------------------------------------------------------------------------------------

    @GetMapping("/opportunities")
    PageResponse<OpportunityView> opportunities(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) YearMonth closeMonth,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PageResponse.of(
                opportunities.search(
                        new OpportunityFilter(q, ownerId, stage, closeMonth, minAmount, maxAmount, customerId, null),
                        Paging.of(
                                page,
                                size,
                                sort,
                                Set.of("title", "amount", "expectedCloseDate", "stage", "createdAt"),
                                Sort.by("expectedCloseDate").and(Sort.by("id")))),
                o -> o);
    }

    @GetMapping("/opportunities/{id}")
    OpportunityView opportunity(@PathVariable long id) {
        return opportunities.get(id);
    }

    @GetMapping("/opportunities/{id}/stage-history")
    List<StageChangeView> stageHistory(@PathVariable long id) {
        return opportunities.stageHistory(id);
    }

    @PostMapping("/opportunities")
    ResponseEntity<OpportunityView> createOpportunity(@Valid @RequestBody OpportunityForm body) {
        OpportunityView created = opportunities.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/opportunities/" + created.id()))
                .body(created);
    }

    @PutMapping("/opportunities/{id}")
    OpportunityView updateOpportunity(@PathVariable long id, @Valid @RequestBody OpportunityForm body) {
        return opportunities.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/opportunities/{id}/stage")
    @Operation(summary = "Move to a stage; LOST needs a lostReason; version as last read (409 when stale)")
    OpportunityView changeStage(@PathVariable long id, @Valid @RequestBody StageChange body) {
        return opportunities.changeStage(id, body.version(), body.stage(), body.lostReason());
    }

    // ---- activities ----------------------------------------------------------------------------------------------

    @GetMapping("/activities")
    PageResponse<ActivityView> activities(
            @RequestParam(required = false) ActivityType type,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long leadId,
            @RequestParam(required = false) Long opportunityId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                activities.search(
                        new ActivityFilter(type, ownerId, open, customerId, leadId, opportunityId),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                a -> a);
    }

    @GetMapping("/activities/{id}")
    ActivityView activity(@PathVariable long id) {
        return activities.get(id);
    }

    @PostMapping("/activities")
    ResponseEntity<ActivityView> createActivity(@Valid @RequestBody ActivityForm body) {
        ActivityView created = activities.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id()))
                .body(created);
    }

    @PutMapping("/activities/{id}")
    ActivityView updateActivity(@PathVariable long id, @Valid @RequestBody ActivityForm body) {
        return activities.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/activities/{id}/done")
    ActivityView completeActivity(@PathVariable long id) {
        return activities.complete(id);
    }

    // ---- campaigns -----------------------------------------------------------------------------------------------

    @GetMapping("/campaigns")
    List<CampaignView> campaigns() {
        return campaigns.all();
    }

    @ExceptionHandler(DuplicateCustomerException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateCustomerException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Customers with a similar name exist. Link one (existingCustomerId) or send duplicateConfirmed=true.");
        problem.setTitle("Possible duplicate");
        problem.setProperty("matches", e.visibleMatches());
        problem.setProperty("hiddenMatches", e.hiddenMatches());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
